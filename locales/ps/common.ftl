# Shared by the child site and the console.

# The product's name.
brand = Heard
# Label of the language switch.
lang-switch-label = ژبه
# The button next to each language's name that says the name aloud, in that language's voice.
# $name (string) — the language's own name in its own script, e.g. "Español".
lang-listen = واوره: { $name }
# Heading and text of the page shown for an address that does not exist.
page-title-not-found = پاڼه ونه موندل شوه
error-not-found = دا پاڼه نشته.
error-go-back = بېرته لومړۍ پاڼې ته ولاړ شه
# Title of a page that reports a problem.
page-title-error = یوه ستونزه پېښه شوه

# Stories: refusals, and the public story page.
story-error-not-consented = ماشوم دې ته «هو» نه دی ویلی. هېڅ شی بدل نه شو.
story-error-needs-js = د کیسې ویلو لپاره داسې براوزر ته اړتیا ده چې سکریپټونه چلوي، ترڅو خپل پټ انځورونه ترلاسه کړې. هېڅ شی ونه لېږل شو.
story-error-not-approved = دا کټ مټ هغه کلمې نه دي چې ماشوم منلې دي. هېڅ شی خپور نه شو.
story-error-named = ماشوم غوښتل چې نوم یې ونه ښودل شي. هېڅ شی خپور نه شو.
story-error-names-facility = په دې کلمو کې د داسې ځای نوم شته چې ماشومان پکې اوسېږي. هېڅ شی خپور نه شو.
public-stories-title = د ماشومانو کیسې
public-stories-intro = دلته هره کیسه په هغو کلمو ښودل کېږي چې د کیسې خاوند لوستې او منلې دي. هغه کولای شي هر وخت یې بېرته واخلي.
public-stories-none = دلته تر اوسه کومه کیسه نشته.
