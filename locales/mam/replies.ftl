# Partial, low-confidence machine draft (see status.toml): every message missing here is shown in Spanish.

# Reply templates that reviewers start from, in the child's language: plain, warm, no blame,
# no promises we cannot keep. The child reads them on the coming-back page.
