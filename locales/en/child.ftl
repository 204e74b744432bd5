# The child's intake page. Plain words: many readers are young or read English as a new language.

page-title-intake = Tell us
intake-heading = Tell us what is on your mind
intake-locked = What you write is locked before it leaves this device. Only the people chosen to read messages can unlock it.
intake-nojs = Your browser is not running scripts. Your message will be locked by our server the moment it arrives, before it is saved.
intake-label = Your message
intake-hint = Write as much or as little as you want, in any language.
intake-send = Send
intake-sending = Sending…
intake-retry = Try again

page-title-sent = Your message arrived
intake-sent-heading = Your message arrived
intake-sent-body = It is saved and locked. Thank you for telling us.
intake-write-another = Write another message

# Errors. Each says what happened and that nothing was lost or saved.
error-not-arrived = Your message did not arrive yet. Your words are still here. Please try again.
error-empty = Please write something before you send.
# $max (number) — the largest number of characters a message may have.
error-too-long = Your message is too long. Please make it shorter: at most { $max } characters.
error-not-sealed = What arrived was not a locked message, so nothing was saved.
error-too-large = What arrived was too big, so nothing was saved.
error-bad-id = This message could not be matched, so nothing was saved. Please open the page again and send it again.
error-cross-site = This came from another website, so nothing was saved.
error-unavailable = Something went wrong on our side, so nothing was saved. Please try again later.
error-bad-form = The form was not complete, so nothing was saved. Please open the page again.
error-recipients-changed = Something changed on our side while you were writing, so nothing was saved yet. Please press Send again.

# Which place the message is about. Choosing a place keeps it from anyone who works there.
intake-place-label = Which place is this about? (You can skip this.)
intake-place-hint = If you choose a place, nobody who works for it can read your message.
intake-place-unsaid = I'd rather not say
intake-place-elsewhere = Somewhere else
error-unknown-place = We do not know that place, so nothing was saved. Please choose another, or "I'd rather not say".
error-proof-needed = Your message could not be checked, so nothing was saved yet. Please press Send again.
error-too-many = You have sent many messages from this device in a short time, so this one was not saved. Please wait a while and try again.
