# Partial, low-confidence machine draft (see status.toml): every message missing here is shown in Spanish.

# The child's intake page. Plain words: many readers are young or read English as a new language.

# The return code: pictures the child keeps to come back. Each picture's name, for screen readers
# and read-aloud (shown under the picture).
picture-dog = tx'i'
picture-cat = mis
picture-fish = txay
picture-bird = tz'ikin
picture-horse = chej
picture-cow = wakax
picture-corn = ixim
picture-egg = jos
picture-pepper = ich
picture-sun = k'u
picture-moon = xajaw
picture-star = waykan
picture-cloud = asun
picture-flower = xumak
picture-tree = te'
picture-leaf = xaq
picture-mountain = witz
picture-house = na
picture-book = un
picture-shoe = xanab'
