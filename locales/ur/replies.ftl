# Reply templates that reviewers start from, in the child's language: plain, warm, no blame,
# no promises we cannot keep. The child reads them on the coming-back page.

template-thanks = ہمیں بتانے کا شکریہ۔ ہم نے تمہارا پیغام پڑھ لیا ہے، اور ہم اسے سنجیدگی سے لیتے ہیں۔
template-not-your-fault = جو ہوا، اس میں تمہاری کوئی غلطی نہیں ہے۔ ہمیں بتا کر تم نے ٹھیک کیا۔
template-tell-more = ہم اسے بہتر طور پر سمجھنا چاہتے ہیں۔ صرف اگر تمہارا دل چاہے: جو ہوا تھا، اس کے بارے میں ہمیں تھوڑا سا اور بتاؤ۔
template-working = تم نے ہمیں جو بتایا، ہم اس پر کام کر رہے ہیں۔ ہم یہیں تمہیں دوبارہ لکھیں گے۔
template-done = تمہارے پیغام کے بارے میں ہم سے جو ہو سکا، ہم نے کیا۔ اگر کوئی اور بات تمہیں پریشان کرے، تو ہمیں کبھی بھی دوبارہ لکھنا۔
