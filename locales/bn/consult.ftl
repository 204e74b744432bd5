# Consultations on the child site (see locales/en/consult.ftl).

consult-list-title = তোমার জন্য কিছু প্রশ্ন
consult-list-intro = যারা তোমার জীবন নিয়ে সিদ্ধান্ত নেন, তারা জানতে চান তুমি কী ভাবো। অংশ নেবে কি না, তা তুমিই ঠিক করবে।
consult-list-none = এই মুহূর্তে তোমার জন্য কোনো প্রশ্ন নেই।
# Headings of the first screen.
consult-start-audience = কে জিজ্ঞেস করছেন, আর ফলাফল কারা পাবেন
consult-start-why = এটা কীসের জন্য
consult-start-voluntary = অংশ নেবে কি না, তা তুমিই বেছে নেবে। তুমি যেকোনো সময় থামতে পারো, আর প্রতিটি প্রশ্নে বলতে পারো “আমি উত্তর দিতে চাই না”।
# $k (number): the smallest group of children whose answers are ever shown.
consult-start-privacy = তোমার উত্তর কেউ আলাদা করে দেখতে পায় না, যারা প্রশ্ন করেছেন তারাও না। Heard শুধু রাখে কোন উত্তর কতজন শিশু বেছে নিয়েছে, আর যে দলে { $k } জনের কম শিশু আছে, সেই দলের ফল কখনও দেখায় না।
consult-start-place = তুমি কোথায় থাকো? না বললেও চলবে।
consult-start-age = তোমার বয়স কত? না বললেও চলবে।
consult-place-none = আমি বলতে চাই না
consult-age-up_to_11 = 11 বা তার কম
consult-age-12_to_14 = 12 থেকে 14
consult-age-15_to_17 = 15 থেকে 17
consult-age-not_said = আমি বলতে চাই না
consult-start-button = শুরু করি
# $n (number): this question's number; $total (number): how many questions there are.
consult-question-progress = প্রশ্ন { $n }, মোট { $total }
consult-next = সামনে
consult-skip = আমি উত্তর দিতে চাই না
consult-multiple-hint = তুমি একটার বেশি বেছে নিতে পারো।
consult-rank-hint = উত্তরগুলো ক্রম অনুযায়ী সাজাও: 1 মানে তোমার কাছে সবচেয়ে গুরুত্বপূর্ণ।
consult-choose-one = একটা উত্তর বেছে নাও, অথবা “আমি উত্তর দিতে চাই না” চাপো।
consult-rank-each = প্রতিটি উত্তরকে আলাদা একটা নম্বর দাও, অথবা “আমি উত্তর দিতে চাই না” চাপো।
consult-thanks-title = ধন্যবাদ
# $day (text): the day the consultation closes, as YYYY-MM-DD.
consult-thanks-text = তোমার উত্তরগুলো গোনা হয়েছে। { $day } তারিখের পরে ফলাফল দেখানো হবে।
consult-thanks-back = প্রশ্নগুলোতে ফিরে যাও
consult-done-before = তুমি এই ডিভাইস থেকে আগেই এই প্রশ্নগুলোর উত্তর দিয়েছ। ধন্যবাদ।
consult-closed = এই প্রশ্নগুলো এখন বন্ধ।
consult-results-intro = শিশুরা কী বলেছে। ফলাফল যাদের কাছে যাবে:
# $count (number): how many children answered the question.
consult-results-answered = { $count ->
    [one] { $count } জন শিশু উত্তর দিয়েছে।
   *[other] { $count } জন শিশু উত্তর দিয়েছে।
}
# $k (number): the smallest group of children whose answers are ever shown.
consult-results-too-few = এই প্রশ্নের উত্তর { $k } জনের কম শিশু দিয়েছে, তাই উত্তরগুলো দেখানো হচ্ছে না।
# $k (number): the smallest group of children whose answers are ever shown.
consult-results-hidden = লুকানো ({ $k } জনের কম শিশুর দলকে রক্ষা করতে)
consult-results-option = উত্তর
consult-results-count = শিশুর সংখ্যা
consult-results-group = দল
consult-results-by-place = জায়গা অনুযায়ী
consult-results-by-region = অঞ্চল অনুযায়ী
consult-results-by-language = ভাষা অনুযায়ী
consult-results-by-age_band = বয়স অনুযায়ী
consult-results-none-said = বলা হয়নি
consult-list-closed = আগের প্রশ্নগুলোর কী হলো
consult-results-title = শিশুরা কী বলেছে
consult-actions-title = তোমরা বলেছ, আমরা করেছি
consult-actions-none = কী ঠিক করা হয়েছে, তা এখানে দেখানো হবে।
consult-action-planned = পরিকল্পনায় আছে:
consult-action-in_progress = এখন চলছে:
consult-action-done = করা হয়েছে:
consult-action-not_done = করা হয়নি:
consult-action-why = কেন:
consult-action-answers = প্রশ্নটি নিয়ে:
# A free-text question.
consult-written-label = তোমার উত্তর এখানে লেখো, যেকোনো ভাষায়।
consult-written-who-reads = তুমি যা লেখো, তা সংরক্ষণ করার আগেই তালাবন্ধ হয়ে যায়। শুধু যারা এই প্রশ্নগুলোর দায়িত্বে আছেন, তারাই এটা খুলতে পারেন। তোমার কথা অন্যদের দেখানো হয় শুধু তখনই, যখন ওই মানুষদের মধ্যে কেউ সেটা পড়ে বেছে নিয়েছেন, তোমার নাম ছাড়া। তোমার সাথে খারাপ কিছু হয়ে থাকলে, তুমি প্রথম পাতায় গিয়েও আমাদের বলতে পারো।
consult-written-unavailable = এখন উত্তর লেখা যাচ্ছে না। এগিয়ে যেতে “আমি উত্তর দিতে চাই না” চাপো।
consult-written-empty = কিছু লেখো, অথবা “আমি উত্তর দিতে চাই না” চাপো।
consult-written-long = এটা খুব লম্বা। দয়া করে ছোট করো।
consult-results-written = উত্তর লিখেছে
consult-results-quotes = শিশুরা যা লিখেছে তার কিছু অংশ, যা একজন মানুষ বেছে নিয়ে যাচাই করেছেন:
# On the start page, beside a closed consultation. $count (number): decisions made; $done (number): of them, done.
consult-news-decided = { $count ->
    [one] একটি সিদ্ধান্ত
   *[other] { $count }টি সিদ্ধান্ত
}, { $done }টি করা হয়েছে
# Coming back with the picture code (/back): the consultations the code follows.
consult-back-heading = তুমি যেসব প্রশ্নের উত্তর দিয়েছ
consult-back-follow = আজ আমি যেসব প্রশ্নের উত্তর দিয়েছি, সেগুলো মনে রাখো
consult-back-follow-hint = এরপর যতবার তুমি তোমার ছবিগুলো দিয়ে ফিরে আসবে, এখানে দেখতে পাবে ওই প্রশ্নগুলোর কী হলো। শুধু যার কাছে তোমার ছবিগুলো আছে, সে-ই এই তালিকা দেখতে পারে। তোমার উত্তরগুলো এই তালিকার সঙ্গে রাখা হয় না।
# On the thanks screen: a child who has a picture code may have it remember these questions.
consult-thanks-follow = তোমার পাঠানো কোনো বার্তার গোপন ছবিগুলো কি তোমার কাছে আছে? সেগুলো দিয়ে ফিরে এলে তুমি সেগুলোকে এই প্রশ্নগুলো মনে রাখতে বলতে পারো, আর সেখানে দেখতে পারো এই প্রশ্নগুলোর কী হলো।
consult-thanks-follow-link = আমার ছবিগুলো দিয়ে ফিরে আসি
