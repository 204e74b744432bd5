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
# A kiosk (a shared tablet in a shelter) lost its connection while sending. The message is locked
# and waits on the kiosk; it has NOT arrived yet, so never say it arrived.
intake-kept-heading = Saved on this kiosk
intake-kept-body = The internet is not working right now. Your message is locked and saved on this kiosk. Nobody here can read it. It will be sent by itself when the internet works again. Your secret pictures will work after that.

# Errors. Each says what happened and that nothing was lost or saved.
error-not-arrived = Your message did not arrive yet. Your words are still here. Please try again.
error-empty = There is nothing to send yet. Please choose or write something first.
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
error-busy = Very many messages are arriving right now, so yours was not saved yet. Please try again in a few minutes. If you are not safe now, choose "I am not safe": those messages are let through first.
error-form-expired = This page was open for a long time or was already used, so nothing was saved. Please open the page again and send your message.

# Quick Exit: a button on every screen that hides the page at once and leaves the site.
quick-exit = Quick exit
# The button that reads a screen aloud with the device's own voice.
read-aloud = Read aloud

# The first screen: what the child wants to share.
share-heading = What would you like to share?
kind-legend = What would you like to share? (You can skip this.)
kind-idea = An idea or what I think
kind-idea-hint = Something that could be better, or what you think about something.
kind-worry = A worry
kind-worry-hint = Something that makes you sad, scared or worried.
kind-complaint = A complaint
kind-complaint-hint = Something that was wrong or unfair.
kind-unsafe = I am not safe
kind-unsafe-hint = Get help now.
kind-story = Tell my story
kind-story-hint = You decide who may see it.

# Progress through the screens.
# $n (number) — the number of this screen; $total (number) — how many screens there are.
step-progress = Step { $n } of { $total }
step-back = Back
step-next = Next

# The honest screen before the first question.
before-heading = Before you start
before-who-heading = Who reads it
before-who = A few trained people who were chosen to read messages. Nobody who works at the place you name can read it.
before-next-heading = What happens next
# $days (number) — within how many days a person reads a new message.
before-next = { $days ->
    [one] A person will read it within one day.
   *[other] A person will read it within { $days } days.
}
before-cannot-heading = What we cannot protect you from
before-cannot = Someone who sees your screen, or takes this device, can see what you write. If someone is in danger, we may have to tell people who can keep them safe.
before-exit = If someone comes, press "Quick exit" or press Esc three times. The page disappears at once.
before-start = I understand, start

# "I am not safe": help contacts first.
help-heading = You can get help now
help-call-now = If you are in danger now, call one of these numbers:
help-no-contacts = If you are in danger now, call the emergency number of this country.
help-tell-us = You can also tell us what is happening. We will read it first.

# The questions.
feelings-heading = How do you feel?
feelings-hint = You can choose more than one, or skip this.
feeling-happy = Happy
feeling-okay = Okay
feeling-sad = Sad
feeling-scared = Scared
feeling-angry = Angry
feeling-worried = Worried
words-label-idea = What is your idea?
words-label-worry = What is worrying you?
words-label-complaint = What happened?
words-label-unsafe = What is happening? Where are you? (Only if you can.)
words-label-story = Tell your story. You can write it or say it out loud.
wish-heading = What would you like to happen?
wish-hint = You can choose more than one, or skip this.
wish-talk = I want to talk to someone
wish-change = I want something to change
wish-just_know = I just want you to know
wish-not_sure = I am not sure

# The review before sending.
review-heading = Check before you send
review-kind = What you share
review-feelings = How you feel
review-words = Your words
review-place = The place
review-wishes = What you would like
review-skipped = You skipped this.
review-change = Change
review-urgent = We will treat this as urgent.

# Kiosk mode: after a while without input, before the screen is cleared for the next person.
kiosk-warning-heading = Are you still here?
kiosk-warning-body = If nobody touches the screen, everything on it will be cleared soon, so that the next person cannot see it.
kiosk-stay = I am still here

# The return code: pictures the child keeps to come back. Each picture's name, for screen readers
# and read-aloud (shown under the picture).
picture-dog = dog
picture-cat = cat
picture-fish = fish
picture-bird = bird
picture-horse = horse
picture-cow = cow
picture-rabbit = rabbit
picture-turtle = turtle
picture-butterfly = butterfly
picture-bee = bee
picture-elephant = elephant
picture-lion = lion
picture-frog = frog
picture-monkey = monkey
picture-duck = duck
picture-owl = owl
picture-apple = apple
picture-banana = banana
picture-grapes = grapes
picture-lemon = lemon
picture-carrot = carrot
picture-corn = corn
picture-bread = bread
picture-cheese = cheese
picture-egg = egg
picture-cake = cake
picture-watermelon = watermelon
picture-cherries = cherries
picture-strawberry = strawberry
picture-pineapple = pineapple
picture-mushroom = mushroom
picture-pepper = pepper
picture-sun = sun
picture-moon = moon
picture-star = star
picture-cloud = cloud
picture-rainbow = rainbow
picture-flower = flower
picture-tree = tree
picture-leaf = leaf
picture-mountain = mountain
picture-shell = shell
picture-glasses = glasses
picture-snowflake = snowflake
picture-umbrella = umbrella
picture-house = house
picture-car = car
picture-bicycle = bicycle
picture-teddy = teddy bear
picture-rocket = rocket
picture-train = train
picture-ball = ball
picture-guitar = guitar
picture-drum = drum
picture-book = book
picture-pencil = pencil
picture-key = key
picture-clock = clock
picture-bell = bell
picture-gift = gift
picture-balloon = balloon
picture-crown = crown
picture-shoe = shoe
picture-heart = heart

# After sending: the child's code.
code-heading = Your secret pictures
code-body = With these pictures you can come back, read our answer, add something, or take your message back. Remember them in this order, or write them down and keep them safe. Do not show them to anyone.
code-print = Print my pictures
code-come-back = Come back with my pictures

# Coming back with the code.
page-title-back = Come back
back-heading = Come back with your secret pictures
back-hint = Choose your eight pictures in the same order.
back-chosen = Your pictures so far
back-remove = Remove the last picture
back-open = Open
back-opening = Opening…
back-not-found = We could not find a message with these pictures. Please check them and try again.
back-too-many = You have tried many times. Please wait a while before you try again.
back-incomplete = Please choose all eight pictures.
back-status-heading = What is happening with your message
back-status-new = Your message arrived. Nobody has read it yet.
back-status-acknowledged = Someone has read your message.
back-status-in_progress = Someone is working on your message.
back-status-waiting_for_child = We are waiting for you. Please read our answer.
back-status-referred = We asked other people who can help.
back-status-closed = We have finished with your message.
back-replies-heading = Our answers
back-no-replies = There is no answer yet.
back-reply-from-us = Our answer
back-reply-from-you = What you added
back-add-label = Add something to your message
back-add = Send
back-added = It arrived. Thank you.
back-withdraw-heading = Take your message back
back-withdraw-body = If you take it back, we delete what you wrote and our answers. This cannot be undone.
back-withdraw = Take my message back
back-withdraw-confirm = Yes, take it back
back-withdrawn = Your message was taken back and deleted.
# $day (string) — the last day a safeguarding lead can still read the message, YYYY-MM-DD.
back-withdraw-body-urgent = You said you were not safe. If you take this message back, a safeguarding lead can still read it until { $day }, to make sure you are safe. Then we delete it, with our answers. This cannot be undone.
# $day (string) — the last day a safeguarding lead can still read the message, YYYY-MM-DD.
back-withdrawn-urgent = You took your message back. A safeguarding lead can still read it until { $day }, to make sure you are safe. Then it is deleted.
back-close = Close
back-needs-js = Coming back needs a browser that runs scripts, because your secret pictures are turned into your key on this device.
back-cannot-open = This message cannot be opened.

# Recording instead of writing.
voice-hint = You can also say it out loud instead of writing. It is locked like your words before it leaves this device.
voice-record = Record my voice
voice-stop = Stop recording
voice-recording = Recording… Press "Stop recording" when you are done.
voice-recorded = Your recording. You can listen to it before you send it.
voice-delete = Delete the recording
voice-refused = We could not record. You can write instead.
review-voice = Your recording
review-voice-yes = You recorded a message.

# Telling a story, and the consent the child leads (one purpose per screen; "no" until they say yes).
story-before-who = A small team of story editors reads your story. It is used only in the ways you say yes to next.
story-before-help = If you are not safe now, go back and choose "I am not safe". Then we can help you at once.
story-before-next = Next you decide, one by one, where your story may be used. Everything is "no" until you say yes. With your secret pictures you can read any changed version before it is used, say yes or no to it, and change your mind at any time.
story-sent-body = Your story arrived. Keep your secret pictures: with them you can read versions of your story, say yes or no, and change your mind at any time.
story-purpose-learning = Inside our organisation only
story-purpose-learning-body = Our team may read your story to learn how to help children better. It stays inside our organisation.
story-purpose-advocacy = With people who make decisions
story-purpose-advocacy-body = We may share your story with people who make rules and decisions about children, to ask for change. It is not made public.
story-purpose-public = Public: our website and reports
story-purpose-public-body = Your story may be on our website or in our reports, where anyone can read it. Only a version you approved word for word is used.
story-purpose-media = Journalists and media
story-purpose-media-body = We may give your story to journalists, for newspapers, radio or TV. Only a version you approved word for word is used.
story-consent-question = May we use your story for this?
story-consent-no = No
story-consent-yes = Yes
story-consent-change = You can change your answer at any time with your secret pictures.
story-consent-copies = If you take back a yes, we stop using your story at once. We cannot take back copies that were already given out, for example to a newspaper.
story-consent-never = We never publish faces, places, or the names of your family or of where you live.
story-naming = Your name
story-naming-question = How do you want to be named?
story-naming-none = No name at all
story-naming-made_up = A made-up name
story-naming-first_name = My first name only
story-name-label = The name to use (only if you chose a name)
story-name-hint = If you chose "no name at all", leave this empty.
story-age = Your age
story-age-why = You do not have to say it. For younger children, a trusted adult may also be asked before your story is used.
story-age-label = How old are you?
story-age-unsaid = I would rather not say

# Coming back to a story.
story-back-heading = Your story
story-back-intro = Here you can read versions of your story and decide where it may be used.
story-versions-heading = Versions for you to read
story-no-versions = There is no version for you to read yet.
# $purpose is the name of a purpose (e.g. "Public: our website and reports").
story-version-for = Version for: { $purpose }
# $name is the made-up or first name the child chose to be shown with the story.
story-version-byline = Name shown: { $name }
story-version-awaiting = Waiting for your answer
story-version-approved = You said yes to these exact words
story-version-declined = You said no to this version
story-version-approve = Yes, use these exact words
story-version-decline = No, not like this
story-version-saved-yes = Thank you. Only these exact words can be used.
story-version-saved-no = Thank you. This version will not be used.
story-consents-heading = Where your story may be used
# $day is the last day the yes holds, as YYYY-MM-DD.
story-consent-yes-until = You said yes, until { $day }.
story-consent-said-no = You said no.
story-consent-withdraw = Take back my yes
story-consent-renew = Say yes again
story-consent-give = Say yes
story-consent-saved-yes = Saved. You said yes.
story-consent-saved-no = Saved. Your story is not used for this any more.
