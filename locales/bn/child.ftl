# The child's intake page. Plain words: many readers are young or read English as a new language.

page-title-intake = আমাদের বলো
intake-heading = তোমার মনে যা আছে, আমাদের বলো
intake-locked = তুমি যা লেখো, তা এই ডিভাইস থেকে বের হওয়ার আগেই তালাবন্ধ হয়ে যায়। শুধু বার্তা পড়ার জন্য বেছে নেওয়া মানুষেরাই এটা খুলতে পারেন।
intake-nojs = তোমার ব্রাউজারে স্ক্রিপ্ট চলছে না। তোমার বার্তা পৌঁছানোর সঙ্গে সঙ্গেই, রেখে দেওয়ার আগে, আমাদের সার্ভার সেটা তালাবন্ধ করবে।
intake-label = তোমার বার্তা
intake-hint = যত খুশি বেশি বা কম লেখো, যেকোনো ভাষায়।
intake-send = পাঠাও
intake-sending = পাঠানো হচ্ছে…
intake-retry = আবার চেষ্টা করো

page-title-sent = তোমার বার্তা পৌঁছেছে
intake-sent-heading = তোমার বার্তা পৌঁছেছে
intake-sent-body = এটা রেখে দেওয়া হয়েছে আর তালাবন্ধ আছে। আমাদের বলার জন্য ধন্যবাদ।
intake-write-another = আরেকটা বার্তা লেখো
intake-kept-heading = এই ডিভাইসে রেখে দেওয়া হয়েছে
intake-kept-body = এখন ইন্টারনেট কাজ করছে না। তোমার বার্তা তালাবন্ধ করে এই ডিভাইসে রেখে দেওয়া হয়েছে। এখানে কেউ এটা পড়তে পারবে না। ইন্টারনেট আবার কাজ করলে এটা নিজে থেকেই পাঠানো হবে। তার পরে তোমার গোপন ছবিগুলো কাজ করবে।

# Errors. Each says what happened and that nothing was lost or saved.
error-not-arrived = তোমার বার্তা এখনও পৌঁছায়নি। তোমার কথাগুলো এখনও এখানেই আছে। দয়া করে আবার চেষ্টা করো।
error-empty = পাঠানোর মতো এখনও কিছু নেই। দয়া করে আগে কিছু বেছে নাও বা লেখো।
# $max (number) — the largest number of characters a message may have.
error-too-long = তোমার বার্তা খুব লম্বা। দয়া করে ছোট করো: সবচেয়ে বেশি { $max } অক্ষর।
error-not-sealed = যা পৌঁছেছে তা তালাবন্ধ বার্তা ছিল না, তাই কিছুই রাখা হয়নি।
error-too-large = যা পৌঁছেছে তা খুব বড় ছিল, তাই কিছুই রাখা হয়নি।
error-bad-id = এই বার্তাটি মেলানো যায়নি, তাই কিছুই রাখা হয়নি। দয়া করে পাতাটি আবার খোলো এবং আবার পাঠাও।
error-cross-site = এটা অন্য একটা ওয়েবসাইট থেকে এসেছে, তাই কিছুই রাখা হয়নি।
error-unavailable = আমাদের দিকে কিছু একটা গোলমাল হয়েছে, তাই কিছুই রাখা হয়নি। দয়া করে পরে আবার চেষ্টা করো।
error-bad-form = ফর্মটি পুরো ছিল না, তাই কিছুই রাখা হয়নি। দয়া করে পাতাটি আবার খোলো।
error-recipients-changed = তুমি লেখার সময় আমাদের দিকে কিছু একটা বদলে গেছে, তাই এখনও কিছুই রাখা হয়নি। দয়া করে আবার “পাঠাও” চাপো।

# Which place the message is about. Choosing a place keeps it from anyone who works there.
intake-place-label = এটা কোন জায়গার ব্যাপারে? (চাইলে এটা বাদ দিতে পারো।)
intake-place-hint = তুমি কোনো জায়গা বেছে নিলে, সেই জায়গার হয়ে কাজ করে এমন কেউ তোমার বার্তা পড়তে পারবে না।
intake-place-unsaid = আমি বলতে চাই না
intake-place-elsewhere = অন্য কোথাও
error-unknown-place = আমরা ওই জায়গাটা চিনি না, তাই কিছুই রাখা হয়নি। দয়া করে অন্য একটা বেছে নাও, অথবা “আমি বলতে চাই না”।
error-proof-needed = তোমার বার্তা যাচাই করা যায়নি, তাই এখনও কিছুই রাখা হয়নি। দয়া করে আবার “পাঠাও” চাপো।
error-too-many = তুমি অল্প সময়ের মধ্যে এই ডিভাইস থেকে অনেকগুলো বার্তা পাঠিয়েছ, তাই এটা রাখা হয়নি। দয়া করে কিছুক্ষণ অপেক্ষা করো, তারপর আবার চেষ্টা করো।
error-busy = এখন অনেক অনেক বার্তা আসছে, তাই তোমার বার্তা এখনও রাখা হয়নি। দয়া করে কয়েক মিনিট পরে আবার চেষ্টা করো। তুমি যদি এখন নিরাপদ না থাকো, “আমি নিরাপদ নই” বেছে নাও: ওই বার্তাগুলো সবার আগে নেওয়া হয়।
error-form-expired = এই পাতাটি অনেকক্ষণ খোলা ছিল বা আগেই ব্যবহার করা হয়েছে, তাই কিছুই রাখা হয়নি। দয়া করে পাতাটি আবার খোলো এবং তোমার বার্তা পাঠাও।

# Quick Exit: a button on every screen that hides the page at once and leaves the site.
quick-exit = তাড়াতাড়ি বের হও
# The button that reads a screen aloud with the device's own voice.
read-aloud = জোরে পড়ে শোনাও

# The first screen: what the child wants to share.
share-heading = তুমি কী জানাতে চাও?
kind-legend = তুমি কী জানাতে চাও? (চাইলে এটা বাদ দিতে পারো।)
kind-idea = একটা ভাবনা বা আমার মতামত
kind-idea-hint = এমন কিছু যা আরও ভালো হতে পারে, বা কোনো কিছু নিয়ে তোমার মতামত।
kind-worry = একটা দুশ্চিন্তা
kind-worry-hint = এমন কিছু যা তোমার মন খারাপ করে, তোমাকে ভয় দেখায় বা চিন্তায় ফেলে।
kind-complaint = একটা অভিযোগ
kind-complaint-hint = এমন কিছু যা ভুল বা অন্যায় ছিল।
kind-unsafe = আমি নিরাপদ নই
kind-unsafe-hint = এখনই সাহায্য নাও।
kind-story = আমার গল্প বলি
kind-story-hint = কে এটা দেখতে পারবে, তা তুমিই ঠিক করবে।

# Progress through the screens.
# $n (number) — the number of this screen; $total (number) — how many screens there are.
step-progress = ধাপ { $n }, মোট { $total }
step-back = পেছনে
step-next = সামনে

# The honest screen before the first question.
before-heading = শুরু করার আগে
before-who-heading = কে এটা পড়েন
before-who = প্রশিক্ষণ পাওয়া কয়েকজন মানুষ, যাদের বার্তা পড়ার জন্য বেছে নেওয়া হয়েছে। তুমি যে জায়গার নাম বলবে, সেখানে কাজ করে এমন কেউ এটা পড়তে পারবে না।
before-next-heading = এরপর কী হবে
# $days (number) — within how many days a person reads a new message.
before-next = { $days ->
    [one] একজন মানুষ এক দিনের মধ্যে এটা পড়বেন।
   *[other] একজন মানুষ { $days } দিনের মধ্যে এটা পড়বেন।
}
before-cannot-heading = যেসব থেকে আমরা তোমাকে রক্ষা করতে পারি না
before-cannot = কেউ তোমার স্ক্রিন দেখলে, বা এই ডিভাইসটা নিয়ে নিলে, তুমি যা লেখো তা দেখতে পারে। কেউ বিপদে থাকলে, হয়তো আমাদের এমন মানুষদের জানাতে হবে যারা তাকে নিরাপদ রাখতে পারেন।
before-exit = কেউ এলে “তাড়াতাড়ি বের হও” চাপো, অথবা Esc তিনবার চাপো। পাতাটি সঙ্গে সঙ্গে মিলিয়ে যায়।
before-start = বুঝেছি, শুরু করি

# "I am not safe": help contacts first.
help-heading = তুমি এখনই সাহায্য পেতে পারো
help-call-now = তুমি যদি এখন বিপদে থাকো, তাহলে এই নম্বরগুলোর একটিতে ফোন করো:
help-no-contacts = তুমি যদি এখন বিপদে থাকো, তাহলে এই দেশের জরুরি নম্বরে ফোন করো।
help-tell-us = কী হচ্ছে, তা তুমি আমাদেরও বলতে পারো। আমরা সবার আগে এটা পড়ব।

# The questions.
feelings-heading = তোমার কেমন লাগছে?
feelings-hint = চাইলে একটার বেশি বেছে নিতে পারো, অথবা এটা বাদ দিতে পারো।
feeling-happy = খুশি
feeling-okay = ঠিক আছি
feeling-sad = মন খারাপ
feeling-scared = ভয় লাগছে
feeling-angry = রাগ হচ্ছে
feeling-worried = চিন্তা হচ্ছে
words-label-idea = তোমার ভাবনাটা কী?
words-label-worry = কী নিয়ে তোমার চিন্তা হচ্ছে?
words-label-complaint = কী হয়েছিল?
words-label-unsafe = কী হচ্ছে? তুমি কোথায় আছো? (শুধু যদি পারো।)
words-label-story = তোমার গল্প বলো। তুমি লিখতে পারো, বা মুখে বলতে পারো।
wish-heading = তুমি কী চাও, এরপর কী হোক?
wish-hint = চাইলে একটার বেশি বেছে নিতে পারো, অথবা এটা বাদ দিতে পারো।
wish-talk = আমি কারও সঙ্গে কথা বলতে চাই
wish-change = আমি চাই কিছু একটা বদলাক
wish-just_know = আমি শুধু চাই আপনারা জানুন
wish-not_sure = আমি ঠিক জানি না

# The review before sending.
review-heading = পাঠানোর আগে দেখে নাও
review-kind = তুমি কী জানাচ্ছ
review-feelings = তোমার কেমন লাগছে
review-words = তোমার কথা
review-place = জায়গা
review-wishes = তুমি কী চাও
review-skipped = তুমি এটা বাদ দিয়েছ।
review-change = বদলাও
review-urgent = আমরা এটাকে জরুরি হিসেবে দেখব।

# Kiosk mode: after a while without input, before the screen is cleared for the next person.
kiosk-warning-heading = তুমি কি এখনও এখানে আছো?
kiosk-warning-body = কেউ স্ক্রিন না ছুঁলে, এতে যা আছে সব শিগগিরই মুছে ফেলা হবে, যাতে পরের মানুষটি তা দেখতে না পায়।
kiosk-stay = আমি এখনও এখানে আছি

# The return code: pictures the child keeps to come back. Each picture's name, for screen readers
# and read-aloud (shown under the picture).
picture-dog = কুকুর
picture-cat = বিড়াল
picture-fish = মাছ
picture-bird = পাখি
picture-horse = ঘোড়া
picture-cow = গরু
picture-rabbit = খরগোশ
picture-turtle = কচ্ছপ
picture-butterfly = প্রজাপতি
picture-bee = মৌমাছি
picture-elephant = হাতি
picture-lion = সিংহ
picture-frog = ব্যাঙ
picture-monkey = বানর
picture-duck = হাঁস
picture-owl = পেঁচা
picture-apple = আপেল
picture-banana = কলা
picture-grapes = আঙুর
picture-lemon = লেবু
picture-carrot = গাজর
picture-corn = ভুট্টা
picture-bread = পাউরুটি
picture-cheese = পনির
picture-egg = ডিম
picture-cake = কেক
picture-watermelon = তরমুজ
picture-cherries = চেরি
picture-strawberry = স্ট্রবেরি
picture-pineapple = আনারস
picture-mushroom = মাশরুম
picture-pepper = মরিচ
picture-sun = সূর্য
picture-moon = চাঁদ
picture-star = তারা
picture-cloud = মেঘ
picture-rainbow = রংধনু
picture-flower = ফুল
picture-tree = গাছ
picture-leaf = পাতা
picture-mountain = পাহাড়
picture-shell = ঝিনুক
picture-glasses = চশমা
picture-snowflake = তুষারকণা
picture-umbrella = ছাতা
picture-house = বাড়ি
picture-car = গাড়ি
picture-bicycle = সাইকেল
picture-teddy = টেডি বিয়ার
picture-rocket = রকেট
picture-train = ট্রেন
picture-ball = বল
picture-guitar = গিটার
picture-drum = ঢোল
picture-book = বই
picture-pencil = পেনসিল
picture-key = চাবি
picture-clock = ঘড়ি
picture-bell = ঘণ্টা
picture-gift = উপহার
picture-balloon = বেলুন
picture-crown = মুকুট
picture-shoe = জুতা
picture-heart = হৃদয়

# After sending: the child's code.
code-heading = তোমার গোপন ছবিগুলো
code-body = এই ছবিগুলো দিয়ে তুমি ফিরে আসতে পারবে, আমাদের উত্তর পড়তে পারবে, কিছু যোগ করতে পারবে, বা তোমার বার্তা ফিরিয়ে নিতে পারবে। এই ক্রমেই ছবিগুলো মনে রাখো, অথবা লিখে নিরাপদ জায়গায় রেখে দাও। কাউকে এগুলো দেখিও না।
code-print = আমার ছবিগুলো প্রিন্ট করো
code-come-back = আমার ছবিগুলো দিয়ে ফিরে আসি

# Coming back with the code.
page-title-back = ফিরে আসা
back-heading = তোমার গোপন ছবিগুলো দিয়ে ফিরে এসো
back-hint = তোমার আটটি ছবি একই ক্রমে বেছে নাও।
back-chosen = এ পর্যন্ত তোমার বাছা ছবি
back-remove = শেষ ছবিটা সরাও
back-open = খোলো
back-opening = খোলা হচ্ছে…
back-not-found = এই ছবিগুলো দিয়ে আমরা কোনো বার্তা খুঁজে পাইনি। দয়া করে ছবিগুলো মিলিয়ে দেখো, তারপর আবার চেষ্টা করো।
back-too-many = তুমি অনেকবার চেষ্টা করেছ। দয়া করে আবার চেষ্টা করার আগে কিছুক্ষণ অপেক্ষা করো।
back-incomplete = দয়া করে আটটি ছবিই বেছে নাও।
back-status-heading = তোমার বার্তার কী হচ্ছে
back-status-new = তোমার বার্তা পৌঁছেছে। কেউ এখনও এটা পড়েনি।
back-status-acknowledged = একজন তোমার বার্তা পড়েছেন।
back-status-in_progress = একজন তোমার বার্তা নিয়ে কাজ করছেন।
back-status-waiting_for_child = আমরা তোমার জন্য অপেক্ষা করছি। দয়া করে আমাদের উত্তর পড়ো।
back-status-referred = যারা সাহায্য করতে পারেন, এমন অন্য মানুষদের কাছে আমরা সাহায্য চেয়েছি।
back-status-closed = তোমার বার্তা নিয়ে আমাদের কাজ শেষ হয়েছে।
back-replies-heading = আমাদের উত্তর
back-no-replies = এখনও কোনো উত্তর নেই।
back-reply-from-us = আমাদের উত্তর
back-reply-from-you = তুমি যা যোগ করেছ
back-add-label = তোমার বার্তায় কিছু যোগ করো
back-add = পাঠাও
back-added = পৌঁছেছে। ধন্যবাদ।
back-withdraw-heading = তোমার বার্তা ফিরিয়ে নাও
back-withdraw-body = তুমি এটা ফিরিয়ে নিলে, তুমি যা লিখেছ আর আমাদের উত্তরগুলো আমরা মুছে ফেলব। এটা আর আগের মতো ফেরানো যাবে না।
back-withdraw = আমার বার্তা ফিরিয়ে নিই
back-withdraw-confirm = হ্যাঁ, ফিরিয়ে নিই
back-withdrawn = তোমার বার্তা ফিরিয়ে নেওয়া হয়েছে এবং মুছে ফেলা হয়েছে।
back-withdraw-body-urgent = তুমি বলেছ, তুমি নিরাপদ নও। তুমি এই বার্তা ফিরিয়ে নিলেও, শিশুদের সুরক্ষার দায়িত্বে থাকা একজন মানুষ { $day } পর্যন্ত এটা পড়তে পারবেন, তুমি নিরাপদ আছ কি না তা নিশ্চিত করতে। তারপর আমরা আমাদের উত্তরগুলোসহ এটা মুছে ফেলব। এটা আর আগের মতো ফেরানো যাবে না।
back-withdrawn-urgent = তুমি তোমার বার্তা ফিরিয়ে নিয়েছ। শিশুদের সুরক্ষার দায়িত্বে থাকা একজন মানুষ তবুও { $day } পর্যন্ত এটা পড়তে পারবেন, তুমি নিরাপদ আছ কি না তা নিশ্চিত করতে। তারপর এটা মুছে ফেলা হবে।
back-close = বন্ধ করো
back-needs-js = ফিরে আসার জন্য এমন ব্রাউজার লাগবে যেটা স্ক্রিপ্ট চালায়, কারণ তোমার গোপন ছবিগুলো এই ডিভাইসেই তোমার চাবিতে পরিণত হয়।
back-cannot-open = এই বার্তাটি খোলা যাবে না।

# Recording instead of writing.
voice-hint = লেখার বদলে তুমি মুখে বলেও জানাতে পারো। তোমার লেখা কথার মতোই, এই ডিভাইস থেকে বের হওয়ার আগে এটাও তালাবন্ধ হয়ে যায়।
voice-record = আমার কণ্ঠ রেকর্ড করো
voice-stop = রেকর্ডিং থামাও
voice-recording = রেকর্ড হচ্ছে… শেষ হলে “রেকর্ডিং থামাও” চাপো।
voice-recorded = তোমার রেকর্ডিং। পাঠানোর আগে তুমি এটা শুনে নিতে পারো।
voice-delete = রেকর্ডিং মুছে ফেলো
voice-refused = আমরা রেকর্ড করতে পারিনি। তার বদলে তুমি লিখতে পারো।
review-voice = তোমার রেকর্ডিং
review-voice-yes = তুমি একটা বার্তা রেকর্ড করেছ।

# Telling a story, and the consent the child leads (one purpose per screen; "no" until they say yes).
story-before-who = গল্প-সম্পাদকদের একটা ছোট দল তোমার গল্প পড়ে। এরপর তুমি যেসব কাজে “হ্যাঁ” বলবে, শুধু সেসব কাজেই এটা ব্যবহার করা হবে।
story-before-help = তুমি যদি এখন নিরাপদ না থাকো, পেছনে ফিরে যাও আর “আমি নিরাপদ নই” বেছে নাও। তাহলে আমরা সঙ্গে সঙ্গে তোমাকে সাহায্য করতে পারব।
story-before-next = এরপর তুমি একটা একটা করে ঠিক করবে, তোমার গল্প কোথায় ব্যবহার করা যাবে। তুমি “হ্যাঁ” না বলা পর্যন্ত সবকিছুই “না” থাকবে। তোমার গোপন ছবিগুলো দিয়ে, গল্পের কোনো বদলানো রূপ ব্যবহার করার আগে তুমি সেটা পড়তে পারবে, তাতে “হ্যাঁ” বা “না” বলতে পারবে, আর যেকোনো সময় মত বদলাতে পারবে।
story-sent-body = তোমার গল্প পৌঁছেছে। তোমার গোপন ছবিগুলো যত্ন করে রেখে দাও: এগুলো দিয়ে তুমি তোমার গল্পের বিভিন্ন রূপ পড়তে পারবে, “হ্যাঁ” বা “না” বলতে পারবে, আর যেকোনো সময় মত বদলাতে পারবে।
story-purpose-learning = শুধু আমাদের সংস্থার ভেতরে
story-purpose-learning-body = ছোটদের আরও ভালোভাবে কীভাবে সাহায্য করা যায়, তা শেখার জন্য আমাদের দল তোমার গল্প পড়তে পারে। এটা আমাদের সংস্থার ভেতরেই থাকবে।
story-purpose-advocacy = যারা সিদ্ধান্ত নেন, তাদের সঙ্গে
story-purpose-advocacy-body = ছোটদের নিয়ে যারা নিয়ম বানান আর সিদ্ধান্ত নেন, পরিবর্তন চাওয়ার জন্য আমরা তাদের সঙ্গে তোমার গল্প ভাগ করে নিতে পারি। এটা সবার সামনে প্রকাশ করা হবে না।
story-purpose-public = সবার জন্য: আমাদের ওয়েবসাইট আর রিপোর্ট
story-purpose-public-body = তোমার গল্প আমাদের ওয়েবসাইটে বা আমাদের রিপোর্টে থাকতে পারে, যেখানে যে কেউ এটা পড়তে পারে। শুধু সেই রূপটাই ব্যবহার করা হবে, যার প্রতিটি শব্দে তুমি “হ্যাঁ” বলেছ।
story-purpose-media = সাংবাদিক আর সংবাদমাধ্যম
story-purpose-media-body = খবরের কাগজ, রেডিও বা টিভির জন্য আমরা তোমার গল্প সাংবাদিকদের দিতে পারি। শুধু সেই রূপটাই ব্যবহার করা হবে, যার প্রতিটি শব্দে তুমি “হ্যাঁ” বলেছ।
story-consent-question = আমরা কি এই কাজে তোমার গল্প ব্যবহার করতে পারি?
story-consent-no = না
story-consent-yes = হ্যাঁ
story-consent-change = তোমার গোপন ছবিগুলো দিয়ে তুমি যেকোনো সময় তোমার উত্তর বদলাতে পারো।
story-consent-copies = তুমি কোনো “হ্যাঁ” ফিরিয়ে নিলে, আমরা সঙ্গে সঙ্গে তোমার গল্প ব্যবহার করা বন্ধ করব। কিন্তু যেসব কপি আগেই কাউকে দেওয়া হয়ে গেছে, যেমন কোনো খবরের কাগজকে, সেগুলো আমরা ফিরিয়ে আনতে পারব না।
story-consent-never = আমরা কখনও কারও মুখ, কোনো জায়গা, তোমার পরিবারের কারও নাম, বা তুমি যেখানে থাকো তার নাম প্রকাশ করি না।
story-naming = তোমার নাম
story-naming-question = তোমার নাম কীভাবে দেখাতে চাও?
story-naming-none = কোনো নামই না
story-naming-made_up = একটা বানানো নাম
story-naming-first_name = শুধু আমার নাম (পদবি ছাড়া)
story-name-label = যে নামটা দেখানো হবে (শুধু যদি তুমি কোনো নাম বেছে নিয়ে থাকো)
story-name-hint = তুমি “কোনো নামই না” বেছে নিলে, এটা ফাঁকা রাখো।
story-age = তোমার বয়স
story-age-why = এটা না বললেও চলবে। ছোটদের বেলায়, গল্প ব্যবহার করার আগে একজন বিশ্বস্ত বড় মানুষকেও জিজ্ঞেস করা হতে পারে।
story-age-label = তোমার বয়স কত?
story-age-unsaid = আমি বলতে চাই না

# Coming back to a story.
story-back-heading = তোমার গল্প
story-back-intro = এখানে তুমি তোমার গল্পের বিভিন্ন রূপ পড়তে পারো, আর ঠিক করতে পারো সেটা কোথায় ব্যবহার করা যাবে।
story-versions-heading = তোমার পড়ার জন্য গল্পের রূপগুলো
story-no-versions = তোমার পড়ার জন্য এখনও কোনো রূপ নেই।
# $purpose is the name of a purpose (e.g. "Public: our website and reports").
story-version-for = কোন কাজের জন্য: { $purpose }
# $name is the made-up or first name the child chose to be shown with the story.
story-version-byline = যে নাম দেখানো হবে: { $name }
story-version-awaiting = তোমার উত্তরের অপেক্ষায়
story-version-approved = ঠিক এই কথাগুলোতে তুমি “হ্যাঁ” বলেছ
story-version-declined = এই রূপে তুমি “না” বলেছ
story-version-approve = হ্যাঁ, ঠিক এই কথাগুলোই ব্যবহার করা হোক
story-version-decline = না, এভাবে নয়
story-version-saved-yes = ধন্যবাদ। শুধু ঠিক এই কথাগুলোই ব্যবহার করা যাবে।
story-version-saved-no = ধন্যবাদ। এই রূপটি ব্যবহার করা হবে না।
story-consents-heading = তোমার গল্প কোথায় ব্যবহার করা যাবে
# $day is the last day the yes holds, as YYYY-MM-DD.
story-consent-yes-until = তুমি “হ্যাঁ” বলেছ, { $day } পর্যন্ত।
story-consent-said-no = তুমি “না” বলেছ।
story-consent-withdraw = আমার “হ্যাঁ” ফিরিয়ে নিই
story-consent-renew = আবার “হ্যাঁ” বলি
story-consent-give = “হ্যাঁ” বলি
story-consent-saved-yes = রাখা হয়েছে। তুমি “হ্যাঁ” বলেছ।
story-consent-saved-no = রাখা হয়েছে। তোমার গল্প আর এই কাজে ব্যবহার করা হবে না।
