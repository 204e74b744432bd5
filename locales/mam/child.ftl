# Partial, low-confidence machine draft (see status.toml): every message missing here is shown in Spanish.

# The child's intake page. Plain words: many readers are young or read English as a new language.

# The return code: pictures the child keeps to come back. Each picture's name, for screen readers
# and read-aloud (shown under the picture).
picture-dog = tx'yan
picture-cat = wix
picture-fish = kyiẍ
picture-bird = pich'
picture-horse = chej
picture-grapes = uv
picture-corn = ixi'n
picture-bread = wab'j
picture-pepper = ich
picture-sun = q'ij
picture-moon = xjaw
picture-star = che'w
picture-cloud = muj
picture-tree = tze'
picture-leaf = xaq
picture-mountain = wutz
picture-house = ja
picture-book = u'j
picture-shoe = xjab'
