# Reply templates that reviewers start from, in the child's language: plain, warm, no blame,
# no promises we cannot keep. The child reads them on the coming-back page.

template-thanks = Spas ku te ji me re got. Me peyama te xwend, û em wê ciddî digirin.
template-not-your-fault = Tiştê ku qewimî ne sûcê te ye. Te tiştê rast kir ku ji me re got.
template-tell-more = Em dixwazin baştir fêm bikin. Tenê heke tu bixwazî: tu dikarî hinekî din li ser tiştê ku qewimî ji me re bêjî?
template-working = Em li ser tiştê ku te ji me re got dixebitin. Em ê li vir dîsa ji te re binivîsin.
template-done = Me ji bo peyama te çi ji destê me hat kir. Heke tiştekî din te bi fikar bike, tu dikarî her dem dîsa ji me re binivîsî.
