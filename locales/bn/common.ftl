# Shared by the child site and the console.

# The product's name.
brand = Heard
# Label of the language switch.
lang-switch-label = ভাষা
# The button next to each language's name that says the name aloud, in that language's voice.
# $name (string) — the language's own name in its own script, e.g. "Español".
lang-listen = শোনো: { $name }
# Heading and text of the page shown for an address that does not exist.
page-title-not-found = পাতাটি পাওয়া যায়নি
error-not-found = এই পাতাটি নেই।
error-go-back = শুরুতে ফিরে যাও
# Title of a page that reports a problem.
page-title-error = কিছু একটা গোলমাল হয়েছে

# Stories: refusals, and the public story page.
story-error-not-consented = শিশুটি এতে “হ্যাঁ” বলেনি। কিছুই বদলানো হয়নি।
story-error-needs-js = গল্প বলার জন্য এমন ব্রাউজার লাগবে যেটা স্ক্রিপ্ট চালায়, যাতে তুমি তোমার গোপন ছবিগুলো পাও। কিছুই পাঠানো হয়নি।
story-error-not-approved = এগুলো ঠিক সেই কথা নয়, যা শিশুটি অনুমোদন করেছে। কিছুই প্রকাশ করা হয়নি।
story-error-named = শিশুটি নাম না দেখানোর সিদ্ধান্ত নিয়েছে। কিছুই প্রকাশ করা হয়নি।
story-error-names-facility = এই কথাগুলোতে এমন একটা জায়গার নাম আছে, যেখানে শিশুরা থাকে। কিছুই প্রকাশ করা হয়নি।
public-stories-title = শিশুদের গল্প
public-stories-intro = এখানে প্রতিটি গল্প ঠিক সেই কথাগুলোতেই দেখানো হয়েছে, যা গল্পটির লেখক পড়ে অনুমোদন করেছে। সে যেকোনো সময় গল্পটি ফিরিয়ে নিতে পারে।
public-stories-none = এখানে এখনও কোনো গল্প নেই।
