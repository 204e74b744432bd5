# Partial, low-confidence machine draft (see status.toml): every message missing here is shown in Spanish.

# Consultations on the child site: questions adults ask children about decisions that affect
# them. Rendered on the server only (never in the child's bundle). Warm, plain, short.
# Left in Spanish: no reliable translation could be made (see status.toml).
