# Reply templates that reviewers start from, in the child's language: plain, warm, no blame,
# no promises we cannot keep. The child reads them on the coming-back page.

template-thanks = আমাদের বলার জন্য ধন্যবাদ। আমরা তোমার বার্তা পড়েছি, আর আমরা এটাকে গুরুত্ব দিয়ে দেখছি।
template-not-your-fault = যা হয়েছে, তাতে তোমার কোনো দোষ নেই। আমাদের বলে তুমি ঠিক কাজ করেছ।
template-tell-more = আমরা আরও ভালো করে বুঝতে চাই। শুধু তুমি চাইলে: কী হয়েছিল, সে সম্পর্কে আমাদের আরেকটু বলতে পারবে?
template-working = তুমি আমাদের যা বলেছ, তা নিয়ে আমরা কাজ করছি। আমরা এখানে তোমাকে আবার লিখব।
template-done = তোমার বার্তা নিয়ে আমরা যা পেরেছি, তা করেছি। অন্য কিছু নিয়ে চিন্তা হলে, তুমি সবসময় আমাদের আবার লিখতে পারো।
