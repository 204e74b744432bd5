# Reply templates that reviewers start from, in the child's language: plain, warm, no blame,
# no promises we cannot keep. The child reads them on the coming-back page.

template-thanks = ስለ ዝነገርኩምና የቐንየልና። መልእኽትኹም ኣንቢብናዮ፣ ብዕቱብ ድማ ንርእዮ ኣለና።
template-not-your-fault = ዘጋጠመ ነገር ናትኩም ጌጋ ኣይኮነን። ስለ ዝነገርኩምና ቅኑዕ ነገር ገይርኩም።
template-tell-more = ብዝበለጸ ክንርዳእ ንደሊ። እንተ ደሊኹም ጥራይ፦ ብዛዕባ ዘጋጠመ ቁሩብ ተወሳኺ ክትነግሩና ትኽእሉ ዶ?
template-working = ኣብቲ ዝነገርኩምና ንሰርሕ ኣለና። ኣብዚ ደጊምና ክንጽሕፈልኩም ኢና።
template-done = ብዛዕባ መልእኽትኹም ዝከኣለና ገይርና። ካልእ ዘሻቕለኩም ነገር እንተሎ፣ ኩሉ ግዜ ደጊምኩም ክትጽሕፉልና ትኽእሉ ኢኹም።
