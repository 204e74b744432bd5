# Reply templates that reviewers start from, in the child's language: plain, warm, no blame,
# no promises we cannot keep. The child reads them on the coming-back page.

template-thanks = ስለነገራችሁን እናመሰግናለን። መልእክታችሁን አንብበናል፣ በቁም ነገርም እንመለከተዋለን።
template-not-your-fault = የሆነው ነገር የእናንተ ጥፋት አይደለም። ለእኛ በመንገራችሁ ትክክለኛውን ነገር አድርጋችኋል።
template-tell-more = በተሻለ ሁኔታ መረዳት እንፈልጋለን። ከፈለጋችሁ ብቻ፦ ስለሆነው ነገር ትንሽ ተጨማሪ ልትነግሩን ትችላላችሁ?
template-working = በነገራችሁን ነገር ላይ እየሠራን ነው። እዚህ እንደገና እንጽፍላችኋለን።
template-done = ስለ መልእክታችሁ የቻልነውን ሁሉ አድርገናል። ሌላ የሚያስጨንቃችሁ ነገር ካለ፣ ሁልጊዜም እንደገና ልትጽፉልን ትችላላችሁ።
