# Reply templates that reviewers start from, in the child's language: plain, warm, no blame,
# no promises we cannot keep. The child reads them on the coming-back page.

template-thanks = سوپاس کە پێت گوتین. نامەکەتمان خوێندەوە و بە جددی وەریدەگرین.
template-not-your-fault = ئەوەی ڕوویدا تاوانی تۆ نییە. کارێکی دروستت کرد کە پێت گوتین.
template-tell-more = دەمانەوێت باشتر تێبگەین. تەنها ئەگەر خۆت بتەوێت: دەتوانیت کەمێکی تر دەربارەی ئەوەی ڕوویدا پێمان بڵێیت؟
template-working = کار لەسەر ئەوە دەکەین کە پێت گوتین. دووبارە لێرە بۆت دەنووسینەوە.
template-done = ئەوەی لە دەستمان هات بۆ نامەکەتمان کرد. ئەگەر شتێکی تر نیگەرانت بکات، هەمیشە دەتوانیت دووبارە بۆمان بنووسیتەوە.
