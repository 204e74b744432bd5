# Reply templates that reviewers start from, in the child's language: plain, warm, no blame,
# no promises we cannot keep. The child reads them on the coming-back page.

template-thanks = Faleminderit që na tregove. E kemi lexuar mesazhin tënd dhe e marrim seriozisht.
template-not-your-fault = Ajo që ndodhi nuk është faji yt. Bëre mirë që na tregove.
template-tell-more = Do të donim ta kuptonim më mirë. Vetëm nëse do ti: a mund të na tregosh pak më shumë për atë që ndodhi?
template-working = Po punojmë për atë që na tregove. Do të të shkruajmë përsëri këtu.
template-done = Bëmë atë që mundëm për mesazhin tënd. Nëse diçka tjetër të shqetëson, mund të na shkruash gjithmonë përsëri.
