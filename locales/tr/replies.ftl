# Reply templates that reviewers start from, in the child's language: plain, warm, no blame,
# no promises we cannot keep. The child reads them on the coming-back page.

template-thanks = Bize anlattığın için teşekkür ederiz. Mesajını okuduk ve onu ciddiye alıyoruz.
template-not-your-fault = Olanlar senin suçun değil. Bize anlatarak doğru olanı yaptın.
template-tell-more = Daha iyi anlamak istiyoruz. Sadece sen istersen: Ne olduğunu bize biraz daha anlatabilir misin?
template-working = Bize anlattıkların üzerinde çalışıyoruz. Sana burada yeniden yazacağız.
template-done = Mesajınla ilgili elimizden geleni yaptık. Seni endişelendiren başka bir şey olursa, bize her zaman yeniden yazabilirsin.
