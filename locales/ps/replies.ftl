# Reply templates that reviewers start from, in the child's language: plain, warm, no blame,
# no promises we cannot keep. The child reads them on the coming-back page.

template-thanks = مننه چې موږ ته دې وویل. موږ ستا پیغام لوستی دی او جدي یې نیسو.
template-not-your-fault = څه چې پېښ شول، ستا تقصیر نه دی. تا سم کار وکړ چې موږ ته دې وویل.
template-tell-more = موږ غواړو ښه پوه شو. یوازې که ته یې غواړې: ایا موږ ته د هغه څه په اړه چې پېښ شول، لږ نور ویلای شې؟
template-working = موږ په هغه څه کار کوو چې تا موږ ته وویل. موږ به همدلته بیا تا ته ولیکو.
template-done = موږ ستا د پیغام په اړه هغه څه وکړل چې کولای مو شول. که بل څه دې اندېښمن کړي، ته تل کولای شې چې بیا موږ ته ولیکې.
