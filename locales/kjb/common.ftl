# Partial, low-confidence machine draft (see status.toml): every message missing here is shown in Spanish.

# Shared by the child site and the console.

# The product's name.
brand = Heard
