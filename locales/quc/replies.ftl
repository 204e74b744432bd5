# Reply templates that reviewers start from, in the child's language: plain, warm, no blame,
# no promises we cannot keep. The child reads them on the coming-back page.

template-thanks = Maltyox chawe rumal xab'ij chqe. Xqasik'ij uwach ri atzij, nim ub'antajik chqe.
template-not-your-fault = Na amak ta ri xb'antajik. Utz xab'ano rumal xab'ij chqe.
template-tell-more = Kaqaj kaqak'oxomaj jub'eq' chik. Xaq we kawaj: la katkowinik kab'ij jub'eq' chik chqe chirij ri xb'antajik?
template-working = Tajin kojchakun chirij ri xab'ij chqe. Kojtz'ib'an chi jumul chawe waral.
template-done = Xqab'an ri xojkowin xqab'ano chech ri atzij. We k'o chi jun k'ax chawe, ronojel q'ij katkowinik katz'ib'an chi jumul chqe.
