# Partial, low-confidence machine draft (see status.toml): every message missing here is shown in Spanish.

# Consultations on the child site: questions adults ask children about decisions that affect
# them. Rendered on the server only (never in the child's bundle). Warm, plain, short.
# Only buttons and short labels are in K'iche' (as in child.ftl). The explanations, the privacy
# text, the hints, the messages with a variable and the "I don't want to answer" button (which
# the Spanish explanations quote) are left to the Spanish fallback.

consult-list-title = K'otb'al taq chi'aj chawe
consult-list-none = Kamik, maj k'otb'al chi'aj chawe.
consult-place-none = Na kawaj ta kinb'ij
consult-age-up_to_11 = 11 junab' on ko'l ch'uti'n
consult-age-12_to_14 = 12 – 14 junab'
consult-age-15_to_17 = 15 – 17 junab'
consult-age-not_said = Na kawaj ta kinb'ij
consult-start-button = Qamajij
consult-next = Jo
consult-thanks-title = Maltyox chawe
consult-thanks-back = Chattzalijoq chke ri k'otb'al taq chi'aj
consult-results-count = Ak'alab'
consult-results-title = Ri xkib'ij ri ak'alab'
