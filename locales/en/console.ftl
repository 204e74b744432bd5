# The reviewer console.

console-title = Heard console
console-heading = Reviewer console
console-nav-inbox = Open the inbox
console-nav-audit = Open the audit log

# Enrolment: an invited staff member sets a password and an authenticator app.
enrol-title = Set up your account
# $handle (string) — the login name the admin chose for this person.
enrol-heading = Welcome, { $handle }
enrol-intro = Choose a password and connect an authenticator app. You will need both to sign in.
enrol-password = Password
enrol-password-hint = At least 12 characters. A sentence of four or more words works well.
enrol-password-confirm = Password again
enrol-totp-heading = Authenticator app
enrol-totp-instructions = Scan the code with your authenticator app, or type the key below into it. Then enter the six-digit code it shows.
enrol-totp-key = Key
enrol-code = Six-digit code
enrol-submit = Finish setting up
enrol-done-title = Your account is ready
enrol-done-body = You can sign in with your handle, your password and a code from your authenticator app.
error-link-invalid = This link is not valid. It may have been used already or it may have expired. Ask an admin for a new one.
# $min (number) — the smallest number of characters a password may have.
error-password-short = The password is too short: use at least { $min } characters.
error-password-long = The password is too long.
error-password-mismatch = The two passwords are not the same.
error-code-wrong = That code did not match. Check the time on your phone and try the newest code.

# Sign-in and sign-out.
login-title = Sign in
login-handle = Handle
login-password = Password
login-code = Six-digit code from your authenticator app
login-submit = Sign in
login-failed = The handle, password or code is not right. Nothing was changed.
# $handle (string) — the signed-in person's login name. $role (string) — their role, already translated.
console-signed-in-as = Signed in as { $handle } ({ $role }).
console-sign-in = Sign in
console-sign-out = Sign out
role-reviewer = reviewer
role-safeguarding_lead = safeguarding lead
role-auditor = auditor
role-admin = admin
role-story_editor = story editor
error-csrf = This form is out of date. Please reload the page and try again.

# The auditor's view of the audit log (never any content).
audit-title = Audit log
# $entries (number) — how many entries were checked. $head (string) — the newest entry's hash.
audit-intact = The chain is intact: { $entries } entries checked. Newest hash: { $head }
# $seq (number) — the first entry that does not match the chain.
audit-broken = The chain is BROKEN at entry { $seq }. Entries from there on may have been changed, removed or reordered.
audit-caption = Newest entries first
audit-col-seq = No.
audit-col-day = Day
audit-col-actor = Who
audit-col-action = What
audit-col-subject = Concerning
error-forbidden = Your role does not allow this page. The attempt was recorded.

# Registering a reviewer's key (sent by the console's own script).
error-signin-needed = Please sign in first.
error-key-invalid = That is not a passphrase-protected age key with a valid public key, so nothing was saved.
error-key-exists = This account already has a key, so nothing was changed.

# The inbox: cases sealed to the signed-in reviewer's key. Metadata only; reading happens in the browser.
inbox-title = Inbox
inbox-no-key = Your account has no key yet, so no case can be sealed to you.
inbox-empty = No cases here.
inbox-col-ref = Reference
inbox-col-day = Arrived
inbox-col-status = Status
inbox-col-sealed = Locked
inbox-filter-status = Status
inbox-filter-all = All
inbox-filter-apply = Show
inbox-next = Older cases
status-new = new
status-acknowledged = acknowledged
status-in_progress = in progress
status-waiting_for_child = waiting for the child
status-referred = referred
status-closed = closed
sealed-browser = on the child's device
sealed-server = on arrival (no JavaScript)
inbox-filter-queue = Queue
inbox-newer = Newer cases
inbox-needs-script = Reading cases needs the console's script: it unlocks your key and decrypts in this browser. Without it you see only this list, without content.
queue-all = all my cases
queue-overdue = overdue (not acknowledged in time)
queue-escalated = urgent queue (escalated)
queue-mine = assigned to me
queue-possible_flood = possible flood: "I am not safe" beyond the site's usual rate (escalate the real ones)
category-idea = idea or view
category-worry = worry
category-complaint = complaint
category-safety = safety
category-health = health
category-legal = legal
category-other = other
urgency-normal = normal urgency
urgency-high = high urgency
urgency-urgent = urgent

# Console API refusals.
error-filter = That filter is not one the inbox knows. Nothing was changed.
error-change = That change is not one a case can take. Nothing was changed.
error-assignee = A case can only be assigned to someone who can read it. Nothing was changed.
error-note = The note did not arrive sealed to the case's readers, so it was not saved.

# The workbench: the reviewer's key, and the cases decrypted in this browser.
key-make-heading = Make your key
key-make-intro = Your browser now makes the key that cases are locked to, and locks it with a key passphrase only you know. The server keeps the locked key; nobody, including us, can reset the passphrase.
# $min (number) — the fewest characters a key passphrase may have.
key-make-hint = At least { $min } characters. Use a different passphrase from your sign-in password.
key-passphrase = Key passphrase
key-passphrase-confirm = Key passphrase again
key-make-submit = Make and lock my key
key-working = Working… this takes a few seconds.
# $min (number) — the fewest characters a key passphrase may have.
key-passphrase-too-short = The key passphrase needs at least { $min } characters.
key-passphrase-mismatch = The two passphrases are not the same.
key-unlock-heading = Unlock your key
key-unlock-intro = Your key stays in this page's memory only, until you lock it, sign out or leave the page.
key-unlock-submit = Unlock
key-wrong-passphrase = That passphrase does not unlock your key.
key-not-this-key = This key is not the one registered to your account. Ask an admin.
workbench-unlocked = Your key is unlocked in this page.
workbench-lock = Lock
workbench-cases = Cases
# $ref (string) — the case's short reference (not a number: it counts nothing); $day (string) — the day it arrived, YYYY-MM-DD.
case-heading = Case { $ref }, arrived { $day }
case-cannot-open = This case cannot be opened with your key.
# $handle (string) — the login name of the person the case is assigned to.
case-assigned-to = assigned to { $handle }
case-escalated = escalated
case-possible-flood = possible flood: check whether this is a real child
# $day (string) — the day the case will be deleted, YYYY-MM-DD.
case-withdrawal-due = the child took this back: it will be deleted on { $day }
# $day (string) — the day the acknowledgement was due, YYYY-MM-DD.
case-overdue = overdue since { $day }
# $day (string) — the day by which someone must acknowledge the case, YYYY-MM-DD.
case-ack-due = To acknowledge by { $day }
case-category = Category
case-choose = Choose…
case-urgency = Urgency
case-assignee = Assigned to
case-unassigned = nobody
case-escalate = Escalate to a safeguarding lead
case-saved = Saved.
notes-heading = Internal notes
note-label = New internal note
note-hint = Sealed in this browser to the case's readers. Never shown to the child.
note-add = Add note
note-added = Note added.
note-invalid = A note needs some words, and at most 5,000 characters.
# $handle (string) — who wrote the note; $day (string) — the day, YYYY-MM-DD.
note-by = { $handle }, { $day }
error-share = A case can only be shared with someone who may read it: not with anyone connected to the place it is about. Nothing was changed.
error-not-resealed = The case did not arrive sealed, so nothing was changed.
shield-heading = Conflicts and sharing
share-label = Share this case with
share-hint = Only people who may read it are listed: nobody connected to the place it is about. The case is sealed again in this browser, to its readers and the person you choose.
share-submit = Share
share-done = Shared.
recuse-hint = If you are connected to this child, this place or the people involved, step back: you will no longer see this case.
recuse-submit = I have a conflict: step back from this case

# The auditors' per-facility proof that the shield held.
proof-title = Facilities: did the shield hold?
proof-intro = For each facility: the cases that name it, the staff affiliated with it, and whether any of them ever received such a case (its recorded recipients) or fetched, viewed or changed one (the audit log). Deleted cases are no longer tied to a facility.
proof-chain-intact = The audit chain is intact, so the reads listed here are complete.
proof-chain-broken = The audit chain is BROKEN: this proof cannot be trusted. Check the audit log.
proof-no-facilities = No facilities yet.
proof-col-facility = Facility
proof-col-cases = Cases naming it
proof-col-affiliated = Affiliated staff
proof-col-verdict = Result
proof-col-unaccounted = Keys of no account that received one
proof-unaccounted-none = none
proof-held = Held: no affiliated person received or read a case naming it.
# $received (string) — the affiliated people who received a case naming the facility; $read (string) — those who read one.
proof-breached = BREACH. Received: { $received }. Read: { $read }.
console-nav-proof = Open the facility proof

# Declaring affiliations (the shield).
console-nav-affiliations = Declare where you work or volunteer
affiliation-title = Your affiliations
affiliation-intro = Declare every facility you work or volunteer for, or the organisation that runs it. From the moment you declare it, no case naming that place is sealed to you or shown to you. An admin confirms it later.
affiliation-label = I am connected to
affiliation-submit = Declare
# $operator (string) — the organisation that runs the places.
affiliation-operator = every place run by { $operator }
affiliation-declared = Declared. Cases naming it are now kept from you.
affiliation-invalid = That is not a facility or organisation here. Nothing was changed.
# $day (string) — the day an admin confirmed the affiliation, YYYY-MM-DD.
affiliation-confirmed = confirmed { $day }
affiliation-unconfirmed = not confirmed yet
# $place (string) — the facility the child named, in the reviewer's language.
case-place = About the place: { $place }
case-place-elsewhere = About a place that is not on the list
case-place-unsaid = The child did not say which place
# $handle (string) — the colleague who shared the case and re-sealed this copy in their browser.
case-shared-by = A copy shared with you by { $handle }, re-sealed in their browser. The child's original is kept unchanged.
# What the child chose in a guided flow (the choices themselves are shown in the child's words).
case-chose-kind = The child chose:
case-chose-feelings = Feels:
case-chose-wishes = Would like:

# Messages between the child and the reviewers (sealed; the child reads them with their secret pictures).
messages-heading = Messages with the child
# $day (string) — the day the child wrote, YYYY-MM-DD.
message-from-child = From the child, { $day }
# $handle (string) — who wrote the reply; $day (string) — the day, YYYY-MM-DD.
message-to-child = Reply by { $handle }, { $day }
message-cannot-open = This message cannot be opened with your key.
reply-label = Reply to the child
reply-hint = The child reads it with their secret pictures. Write simply, in the child's language.
reply-no-code = The child has no secret pictures for this case, so a reply cannot reach them.
reply-template = Start from a template (in the child's language)
reply-template-none = No template
reply-send = Send reply
reply-sent = Reply sent.
# A voice message sealed with the case, played after decryption in this browser.
case-voice = The child recorded a voice message:

# The languages page (admins): each child-facing language and how far it can be trusted.
console-nav-languages = Languages and translations
languages-title = Languages
languages-intro = Each language children can choose: who translated it, whether a native speaker checked it, and how much of it is translated. Where a message is missing, children see it in the language chosen for it below instead, never a blank.
languages-step-up = To change a fallback, type a fresh code from your own authenticator app in its row.
languages-name = Language
languages-code = Code
languages-translator = Translated by
languages-machine = Drafted by machine
languages-reviewed = Checked by a native speaker
languages-reviewed-yes = Yes
languages-reviewed-no = Not yet
languages-coverage = Translated
# $done (number) — messages translated; $total (number) — messages in English; $percent (number) — the share, 0 to 100.
languages-coverage-value = { $done } of { $total } ({ $percent } %)
languages-fallback = Missing messages are shown in
languages-save = Save
languages-saved = Saved. Children see the change on their next page.
error-bad-fallback = That language cannot stand in for this one. Nothing was changed.

# The story editors' page.
console-nav-stories = Stories
stories-title = Stories
stories-intro = Stories children told, for the purposes they said yes to. Prepare a version, then the child reads it and decides. Only the exact words a child approved can be used.
stories-loading = Opening stories…
stories-empty = There is no story for you now.
stories-open = Open this story
stories-older = Older stories
stories-newer = Newer stories
stories-yes = yes
stories-no = no
stories-not-asked = not yet asked
stories-co-not-needed = not needed
# $day is the day the story arrived, as YYYY-MM-DD.
stories-story = Story received on { $day }
stories-naming = Naming:
stories-col-purpose = Purpose
stories-col-child = Child says yes
stories-col-co = Guardian or advocate
stories-col-usable = May be used
stories-versions = Versions
stories-published = Published on the public story page.
stories-publish = Publish on the public story page
stories-prepare = Prepare a version
stories-prepare-hint = Remove names of family, places and facilities, and anything that could identify the child. The child will read exactly this.
stories-language = Language
stories-byline = Name shown (only if the child chose a name)
stories-version-text = Words of this version
stories-send-version = Send to the child to read
stories-co-heading = A guardian's or advocate's answer
stories-co-by = Who answered
stories-co-guardian = Guardian
stories-co-advocate = Advocate
stories-co-yes = They said yes
stories-co-no = They said no

# Accounts: offboarding (admins).
console-nav-accounts = Accounts (offboarding)
accounts-title = Accounts
accounts-intro = Disabling an account ends its sessions at once, stops it signing in, and its key receives no new case. Cases already sealed to it stay sealed to it: ask its reviewer's colleagues to carry them on. Each change is in the audit log.
accounts-handle = Handle
accounts-role = Role
accounts-status = Status
accounts-change = Change
accounts-status-invited = invited, not enrolled yet
accounts-status-active = active
accounts-status-disabled = disabled
accounts-disable = Disable
accounts-enable = Enable
step-up-code = A fresh code from your own authenticator app
# $handle (string) — the account that was changed.
accounts-disabled = { $handle } is disabled: their sessions have ended and their key receives no new case.
# $handle (string) — the account that was changed.
accounts-enabled = { $handle } can sign in again.
step-up-bad-code = That code is not right or was already used, and no passkey was confirmed. Nothing was changed.
accounts-not-yourself = You cannot disable your own account here. Nothing was changed.
accounts-unknown = There is no such enrolled account. Nothing was changed.

# Publishing a story: separation of duties for a second consent.
story-error-same-person = A second consent must be checked by a second person: the editor who recorded it cannot also publish. Ask another story editor. Nothing was published.

# Passkeys (WebAuthn) as a second factor, beside the authenticator app.
console-nav-passkeys = Your passkeys
login-passkey = Sign in with a passkey instead of a code
login-passkey-hint = Type your handle and password first. Your device then asks for your fingerprint, face, PIN or security key.
passkey-working = Waiting for your passkey…
passkey-failed = The passkey was not confirmed. Nothing was changed. You can try again, or use a code.
passkey-unsupported = This browser cannot use a passkey here. Use a code from your authenticator app.
passkey-unavailable = Passkeys cannot be used at this console's address. Ask your administrator to give the console a domain name.
passkey-none-yet = You have no passkey yet. Add one on the page "Your passkeys", or use a code.
passkey-confirm = Use my passkey instead
passkey-confirmed = Passkey confirmed.
passkeys-title = Your passkeys
passkeys-intro = A passkey (your fingerprint, face or PIN on this device, or a security key) can stand in for a code from your authenticator app: to sign in, and to confirm sensitive actions. Your authenticator app keeps working beside it.
passkeys-none = You have no passkeys yet.
passkeys-label = Name
passkeys-label-hint = So you can tell your passkeys apart, for example "work laptop": 1 to 40 characters.
passkeys-added = Added
passkeys-last-used = Last used
passkeys-never-used = Never
passkeys-change = Remove
passkeys-remove = Remove
passkeys-add-heading = Add a passkey
passkeys-add = Add a passkey
passkeys-added-notice = Your passkey was added.
passkeys-removed = The passkey was removed.
passkeys-not-found = You have no such passkey. Nothing was changed.
passkeys-bad-label = Give the passkey a name of 1 to 40 characters. Nothing was changed.
passkeys-duplicate = That passkey is already registered. Nothing was changed.

# Consultations (consultation leads).
role-consultation_lead = consultation lead
console-nav-consultations = Consultations
consultations-title = Consultations
consultations-intro = The consultations children are asked. Results can be read from the day after a consultation closes, never before, and only with small groups hidden.
consultations-none = There are no consultations yet. Add one with "New consultation" above, or with `heard consultations add`.
# $opens (text): the day it opens; $closes (text): the day it closes (YYYY-MM-DD).
consultations-days = { $opens } to { $closes }
consultations-name = Consultation
consultations-when = Open
consultations-results = Results
consultations-export = Export (CSV)
consultations-embargo = Under embargo until it closes
consultations-chain = Who asked, who took part, what was decided
consultations-asked-by = Asked by, and results to:
# $count (number): the most children who answered any one question.
consultations-took-part = Took part: { $count }
# $k (number): the smallest group whose answers are shown.
consultations-took-part-few = Took part: fewer than { $k }
# $count (number): decisions recorded; $done (number): of them, done.
consultations-decided = Decisions: { $count } (done: { $done })

# A consultation's written answers (free-text questions), opened in the lead's browser.
consultations-written = Written answers
written-intro = What children wrote, opened here with your key and nowhere else. Nobody else sees it unless you approve a quote, and quotes are published only with the results. If an answer tells of harm or danger, make it a confidential case: it goes to the reviewers (never to anyone connected with the place), and leaves this list.
written-none = No written answers yet.
written-quote-label = Quote to publish (shorten it and take out anything that could identify a child)
written-quote-submit = Approve this quote
written-quote-saved = Quote approved. It will be shown with the results.
written-quote-bad = A quote must have 1 to 600 characters. Nothing was saved.
written-case-submit = Make it a confidential case
written-case-hint = For an answer that tells of harm, danger or abuse. It is sealed again here, in your browser, for the reviewers only; you will not be able to read the case.
written-case-made = Sent to the reviewers as a confidential case. It is no longer in this consultation.
written-recipients-changed = The reviewers changed while this was being sealed. Please try again.

# The leads' builder: a consultation from its definition, and managing one.
consultations-manage = Manage
consultations-more = More
builder-title = New consultation
builder-intro = Write the consultation's definition below (the example shows the format; docs/CONSULTATIONS.md explains every field). It is checked whole before anything is stored, and the reason is shown if it is refused.
builder-rule-texts = Every text a child sees must be given in every language it is offered in, unless a fallback language is chosen that has it.
builder-rule-pictures = Every question and every answer needs a picture (an emoji or a symbol).
builder-rule-k = Results never show a group of fewer than k children (min_group, 10 unless set; never below 5).
builder-definition = Definition (TOML)
builder-submit = Check and add
# $detail (text): the parser's own words, in English.
builder-not-toml = This is not a definition in the expected format: { $detail }
# $id (text)
builder-bad-id = The id "{ $id }" must have 3 to 40 lower-case letters, digits or hyphens.
# $day (text)
builder-bad-day = "{ $day }" is not a day (YYYY-MM-DD).
builder-closes-before = It closes before it opens.
# $k (number)
builder-k-low = k (min_group) is { $k }; it may never be below 5.
# $locale (text)
builder-unknown-locale = "{ $locale }" is not a language of the child site.
builder-no-locale = It is offered in no language.
# $max (number)
builder-question-count = It must ask 1 to { $max } questions.
# $key (text)
builder-bad-key = "{ $key }" is not a good key (1 to 30 lower-case letters, digits or _), or it is used twice.
# $question (text); $min, $max (numbers): how many answers it may have.
builder-option-count = The question "{ $question }" needs { $min } to { $max } answers.
# $question (text)
builder-free-text-options = The question "{ $question }" asks for free text, so it has no answers to choose from.
# $what (text)
builder-bad-icon = "{ $what }" needs a picture: an emoji or a symbol of at most 16 characters.
# $locale (text); $text (text): the text's id.
builder-missing-text = The text "{ $text }" is missing in { $locale }, and no fallback language has it.
# $locale (text); $text (text): the text's id.
builder-bad-text = The text "{ $text }" in { $locale } is empty or longer than 600 characters.
# $locale (text); $text (text): the text's id.
builder-unknown-text = The text "{ $text }" in { $locale } is not one this consultation uses.
# $id (text)
builder-exists = A consultation "{ $id }" exists already. Nothing was changed.
# $place (text)
builder-unknown-place = "{ $place }" is not an active place here.
builder-actions-count = Give 1 to 20 actions.
# $n (number): the action's number; $question (text)
builder-actions-question = Action { $n } answers "{ $question }", which is not a question of this consultation.
# $n (number); $locale (text)
builder-actions-missing = Action { $n } has no text in { $locale }, and no fallback language has it.
# $n (number); $locale (text)
builder-actions-why = Action { $n } was not done: say why, in { $locale }.
# $n (number); $locale (text)
builder-actions-text = Action { $n }: a text in { $locale } is empty or longer than 600 characters.
manage-actions-title = You said, we did
manage-actions-hint = What was decided after this consultation, and what became of it: each action with its status (planned, in_progress, done, not_done — which says why), in every language the consultation was offered in. This replaces the actions set before. docs/examples/actions.toml shows the format.
manage-actions-label = Actions (TOML)
manage-actions-submit = Check and set
# $count (number)
manage-actions-set = { $count ->
    [one] One action set.
   *[other] { $count } actions set.
}
manage-close-title = Close now
manage-close-hint = No more answers are taken, and the results can be read from today. This cannot be undone.
manage-close-submit = Close this consultation
manage-closed = The consultation is closed. Its results can be read now.
manage-not-open = This consultation is not open.
manage-delete-title = Delete
manage-delete-hint = Deletes the consultation whole: its questions, the counts, the written answers, the approved quotes and what was decided. This cannot be undone.
manage-delete-submit = Delete this consultation

## The workbench's list: search, filters, sorting, keys
triage-col-kind = Kind
triage-col-deadline = Deadline
triage-col-place = Place
triage-col-words = First words
triage-place-elsewhere = elsewhere
# $shown (number) — the cases the search and filters keep; $held (number) — every case held.
triage-count = Showing { $shown } of { $held } cases
# $count (number) — how many cases are decrypted so far.
triage-opening = Opening cases in this browser: { $count } so far…
triage-search = Search the cases
triage-search-hint = Searched in this browser only: what you type is never sent.
triage-feeling = Feels
triage-wish = Would like
triage-lang = Language
triage-reload = Fetch cases again
keys-button = Keyboard shortcuts
keys-heading = Keyboard shortcuts
keys-next = Next case
keys-previous = Previous case
keys-open = Go to the open case
keys-acknowledge = Acknowledge the open case
keys-assign-me = Assign the open case to me
keys-escalate = Escalate the open case to a safeguarding lead
keys-note = Write a note on the open case
keys-search = Search the cases
keys-lock = Lock
keys-sheet = Show or hide this list
keys-no-case = Open a case first.
keys-mark = Select or unselect the open case for a bulk action
# $ref (string) — the case's reference.
triage-mark = Select case { $ref }
triage-mark-all = Select every case shown
bulk-heading = Selected cases
# $count (number) — how many cases are selected.
bulk-selected = { $count ->
    [one] One case selected
   *[other] { $count } cases selected
}
bulk-acknowledge = Acknowledge
bulk-assign-me = Assign to me
bulk-close = Close
bulk-clear = Clear the selection
# $count (number) — how many cases the action changes.
bulk-confirm-acknowledge = { $count ->
    [one] Acknowledge one case?
   *[other] Acknowledge { $count } cases?
}
# $count (number) — how many cases the action changes.
bulk-confirm-assign-me = { $count ->
    [one] Assign one case to you?
   *[other] Assign { $count } cases to you?
}
# $count (number) — how many cases the action changes.
bulk-confirm-close = { $count ->
    [one] Close one case?
   *[other] Close { $count } cases?
}
bulk-yes = Yes, do it
bulk-cancel = Cancel
# $count (number) — how many cases were changed.
bulk-done = { $count ->
    [one] One case changed.
   *[other] { $count } cases changed.
}
# $refs (string) — the references of the cases that were not changed, comma-separated.
bulk-refused = Not changed: { $refs }.
queues-heading = The team's queues
queues-hint = Counted in this browser over the cases you hold: a case kept from you is in no count.
queues-open = Open
queues-new = New
queues-overdue = Overdue
queues-escalated = Escalated
error-view = This view cannot be saved: give it a name of at most 60 characters, with only the filters the workbench offers.
error-views-full = You keep as many saved views as you may (20): delete one first.
views-label = Saved views
views-none = Choose a saved view…
views-name = Name of this view
views-save = Save these filters as a view
views-delete = Delete this saved view
views-hint = A view keeps the filters and the order, never your search. Its name is stored as you type it: name what it shows, never a child or anyone else.
# $name (string) — the name the reviewer gave the view.
views-saved = View “{ $name }” saved.
keys-not-new = Only a new case is acknowledged: this one was answered already.
keys-on = Single-letter keys are on (turn them off if you speak commands or type by voice)
# $most (number) — the most cases the workbench holds at once.
triage-capped = Only the newest { $most } cases are here: search and filters cover those only.
