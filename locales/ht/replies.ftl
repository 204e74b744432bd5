# Reply templates that reviewers start from, in the child's language: plain, warm, no blame,
# no promises we cannot keep. The child reads them on the coming-back page.

template-thanks = Mèsi paske ou te di nou sa. Nou li mesaj ou a, e nou pran l oserye.
template-not-your-fault = Sa ki te pase a se pa fòt ou. Ou te byen fè lè ou te di nou sa.
template-tell-more = Nou ta renmen konprann pi byen. Sèlman si ou vle: èske ou ka di nou yon ti kras plis sou sa ki te pase?
template-working = N ap travay sou sa ou te di nou an. N ap ekri ou ankò isit la.
template-done = Nou fè sa nou te kapab pou mesaj ou a. Si gen lòt bagay ki enkyete ou, ou ka toujou ekri nou ankò.
