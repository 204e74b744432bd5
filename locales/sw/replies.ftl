# Reply templates that reviewers start from, in the child's language: plain, warm, no blame,
# no promises we cannot keep. The child reads them on the coming-back page.

template-thanks = Asante kwa kutuambia. Tumesoma ujumbe wako, na tunauchukulia kwa uzito.
template-not-your-fault = Kilichotokea si kosa lako. Ulifanya jambo sahihi kwa kutuambia.
template-tell-more = Tungependa kuelewa vizuri zaidi. Ikiwa tu unataka: unaweza kutueleza kidogo zaidi kuhusu kilichotokea?
template-working = Tunashughulikia ulichotuambia. Tutakuandikia tena hapa.
template-done = Tumefanya tulichoweza kuhusu ujumbe wako. Ikiwa kuna jambo lingine linalokutia wasiwasi, unaweza kutuandikia tena wakati wowote.
