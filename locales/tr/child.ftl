# The child's intake page. Plain words: many readers are young or read English as a new language.

page-title-intake = Bize anlat
intake-heading = Aklından geçenleri bize anlat
intake-locked = Yazdıkların bu cihazdan çıkmadan önce kilitlenir. Onu yalnızca mesajları okumak için seçilmiş kişiler açabilir.
intake-nojs = Tarayıcın betik (script) çalıştırmıyor. Mesajın ulaştığı anda, kaydedilmeden önce sunucumuz tarafından kilitlenecek.
intake-label = Mesajın
intake-hint = İstediğin kadar az ya da çok yaz, istediğin dilde.
intake-send = Gönder
intake-sending = Gönderiliyor…
intake-retry = Tekrar dene

page-title-sent = Mesajın ulaştı
intake-sent-heading = Mesajın ulaştı
intake-sent-body = Kaydedildi ve kilitlendi. Bize anlattığın için teşekkür ederiz.
intake-write-another = Başka bir mesaj yaz
intake-kept-heading = Bu cihaza kaydedildi
intake-kept-body = İnternet şu anda çalışmıyor. Mesajın kilitlendi ve bu cihaza kaydedildi. Burada kimse onu okuyamaz. İnternet tekrar çalışınca kendiliğinden gönderilecek. Gizli resimlerin ondan sonra çalışacak.

# Errors. Each says what happened and that nothing was lost or saved.
error-not-arrived = Mesajın henüz ulaşmadı. Sözlerin hâlâ burada. Lütfen tekrar dene.
error-empty = Henüz gönderilecek bir şey yok. Lütfen önce bir şey seç ya da yaz.
# $max (number) — the largest number of characters a message may have.
error-too-long = Mesajın çok uzun. Lütfen kısalt: en fazla { $max } karakter.
error-not-sealed = Gelen şey kilitli bir mesaj değildi, bu yüzden hiçbir şey kaydedilmedi.
error-too-large = Gelen şey çok büyüktü, bu yüzden hiçbir şey kaydedilmedi.
error-bad-id = Bu mesaj eşleştirilemedi, bu yüzden hiçbir şey kaydedilmedi. Lütfen sayfayı yeniden aç ve mesajı tekrar gönder.
error-cross-site = Bu başka bir web sitesinden geldi, bu yüzden hiçbir şey kaydedilmedi.
error-unavailable = Bizim tarafımızda bir sorun oldu, bu yüzden hiçbir şey kaydedilmedi. Lütfen daha sonra tekrar dene.
error-bad-form = Form eksikti, bu yüzden hiçbir şey kaydedilmedi. Lütfen sayfayı yeniden aç.
error-recipients-changed = Sen yazarken bizim tarafımızda bir şey değişti, bu yüzden henüz hiçbir şey kaydedilmedi. Lütfen “Gönder” düğmesine tekrar bas.

# Which place the message is about. Choosing a place keeps it from anyone who works there.
intake-place-label = Bu hangi yerle ilgili? (Bunu geçebilirsin.)
intake-place-hint = Bir yer seçersen, orada çalışan hiç kimse mesajını okuyamaz.
intake-place-unsaid = Söylemek istemiyorum
intake-place-elsewhere = Başka bir yer
error-unknown-place = O yeri tanımıyoruz, bu yüzden hiçbir şey kaydedilmedi. Lütfen başka bir yer seç ya da “Söylemek istemiyorum” seçeneğini seç.
error-proof-needed = Mesajın kontrol edilemedi, bu yüzden henüz hiçbir şey kaydedilmedi. Lütfen “Gönder” düğmesine tekrar bas.
error-too-many = Kısa sürede bu cihazdan çok sayıda mesaj gönderdin, bu yüzden bu mesaj kaydedilmedi. Lütfen biraz bekle ve tekrar dene.
error-busy = Şu anda çok fazla mesaj geliyor, bu yüzden mesajın henüz kaydedilmedi. Lütfen birkaç dakika sonra tekrar dene. Şu anda güvende değilsen “Güvende değilim” seçeneğini seç: o mesajlar önce alınır.
error-form-expired = Bu sayfa çok uzun süre açık kaldı ya da daha önce kullanıldı, bu yüzden hiçbir şey kaydedilmedi. Lütfen sayfayı yeniden aç ve mesajını gönder.

# Quick Exit: a button on every screen that hides the page at once and leaves the site.
quick-exit = Hızlı çıkış
# The button that reads a screen aloud with the device's own voice.
read-aloud = Sesli oku

# The first screen: what the child wants to share.
share-heading = Ne paylaşmak istersin?
kind-legend = Ne paylaşmak istersin? (Bunu geçebilirsin.)
kind-idea = Bir fikir ya da düşüncem
kind-idea-hint = Daha iyi olabilecek bir şey ya da bir konu hakkında ne düşündüğün.
kind-worry = Bir endişe
kind-worry-hint = Seni üzen, korkutan ya da endişelendiren bir şey.
kind-complaint = Bir şikâyet
kind-complaint-hint = Yanlış ya da haksız olan bir şey.
kind-unsafe = Güvende değilim
kind-unsafe-hint = Hemen yardım al.
kind-story = Hikâyemi anlatmak istiyorum
kind-story-hint = Onu kimin görebileceğine sen karar verirsin.

# Progress through the screens.
# $n (number) — the number of this screen; $total (number) — how many screens there are.
step-progress = Adım { $n } / { $total }
step-back = Geri
step-next = İleri

# The honest screen before the first question.
before-heading = Başlamadan önce
before-who-heading = Kim okuyor
before-who = Mesajları okumak için seçilmiş, eğitim almış birkaç kişi. Adını verdiğin yerde çalışan hiç kimse onu okuyamaz.
before-next-heading = Sonra ne olacak
# $days (number) — within how many days a person reads a new message.
before-next = { $days ->
    [one] Bir kişi onu bir gün içinde okuyacak.
   *[other] Bir kişi onu { $days } gün içinde okuyacak.
}
before-cannot-heading = Seni neye karşı koruyamayız
before-cannot = Ekranını gören ya da bu cihazı alan biri yazdıklarını görebilir. Biri tehlikedeyse, onu güvende tutabilecek kişilere haber vermek zorunda kalabiliriz.
before-exit = Biri gelirse “Hızlı çıkış” düğmesine bas ya da Esc tuşuna üç kez bas. Sayfa hemen kaybolur.
before-start = Anladım, başlayalım

# "I am not safe": help contacts first.
help-heading = Şimdi yardım alabilirsin
help-call-now = Şu anda tehlikedeysen, bu numaralardan birini ara:
help-no-contacts = Şu anda tehlikedeysen, bu ülkenin acil durum numarasını ara.
help-tell-us = Neler olduğunu bize de anlatabilirsin. Önce onu okuyacağız.

# The questions.
feelings-heading = Nasıl hissediyorsun?
feelings-hint = Birden fazla seçebilir ya da bunu geçebilirsin.
feeling-happy = Mutlu
feeling-okay = Fena değil
feeling-sad = Üzgün
feeling-scared = Korkmuş
feeling-angry = Kızgın
feeling-worried = Endişeli
words-label-idea = Fikrin ne?
words-label-worry = Seni ne endişelendiriyor?
words-label-complaint = Ne oldu?
words-label-unsafe = Neler oluyor? Neredesin? (Sadece söyleyebilirsen.)
words-label-story = Hikâyeni anlat. Yazabilir ya da sesli anlatabilirsin.
wish-heading = Ne olmasını istersin?
wish-hint = Birden fazla seçebilir ya da bunu geçebilirsin.
wish-talk = Biriyle konuşmak istiyorum
wish-change = Bir şeyin değişmesini istiyorum
wish-just_know = Sadece bilmenizi istiyorum
wish-not_sure = Emin değilim

# The review before sending.
review-heading = Göndermeden önce kontrol et
review-kind = Paylaştığın şey
review-feelings = Nasıl hissettiğin
review-words = Sözlerin
review-place = Yer
review-wishes = Ne istediğin
review-skipped = Bunu geçtin.
review-change = Değiştir
review-urgent = Bunu acil olarak ele alacağız.

# Kiosk mode: after a while without input, before the screen is cleared for the next person.
kiosk-warning-heading = Hâlâ burada mısın?
kiosk-warning-body = Kimse ekrana dokunmazsa, sonraki kişi göremesin diye ekrandaki her şey birazdan silinecek.
kiosk-stay = Hâlâ buradayım

# The return code: pictures the child keeps to come back. Each picture's name, for screen readers
# and read-aloud (shown under the picture).
picture-dog = köpek
picture-cat = kedi
picture-fish = balık
picture-bird = kuş
picture-horse = at
picture-cow = inek
picture-rabbit = tavşan
picture-turtle = kaplumbağa
picture-butterfly = kelebek
picture-bee = arı
picture-elephant = fil
picture-lion = aslan
picture-frog = kurbağa
picture-monkey = maymun
picture-duck = ördek
picture-owl = baykuş
picture-apple = elma
picture-banana = muz
picture-grapes = üzüm
picture-lemon = limon
picture-carrot = havuç
picture-corn = mısır
picture-bread = ekmek
picture-cheese = peynir
picture-egg = yumurta
picture-cake = pasta
picture-watermelon = karpuz
picture-cherries = kiraz
picture-strawberry = çilek
picture-pineapple = ananas
picture-mushroom = mantar
picture-pepper = biber
picture-sun = güneş
picture-moon = ay
picture-star = yıldız
picture-cloud = bulut
picture-rainbow = gökkuşağı
picture-flower = çiçek
picture-tree = ağaç
picture-leaf = yaprak
picture-mountain = dağ
picture-shell = deniz kabuğu
picture-glasses = gözlük
picture-snowflake = kar tanesi
picture-umbrella = şemsiye
picture-house = ev
picture-car = araba
picture-bicycle = bisiklet
picture-teddy = oyuncak ayı
picture-rocket = roket
picture-train = tren
picture-ball = top
picture-guitar = gitar
picture-drum = davul
picture-book = kitap
picture-pencil = kalem
picture-key = anahtar
picture-clock = saat
picture-bell = zil
picture-gift = hediye
picture-balloon = balon
picture-crown = taç
picture-shoe = ayakkabı
picture-heart = kalp

# After sending: the child's code.
code-heading = Gizli resimlerin
code-body = Bu resimlerle geri gelebilir, cevabımızı okuyabilir, bir şey ekleyebilir ya da mesajını geri alabilirsin. Onları bu sırayla aklında tut ya da bir yere yazıp güvenli bir yerde sakla. Onları kimseye gösterme.
code-print = Resimlerimi yazdır
code-come-back = Resimlerimle geri dön

# Coming back with the code.
page-title-back = Geri dön
back-heading = Gizli resimlerinle geri dön
back-hint = Sekiz resmini aynı sırayla seç.
back-chosen = Şu ana kadar seçtiğin resimler
back-remove = Son resmi kaldır
back-open = Aç
back-opening = Açılıyor…
back-not-found = Bu resimlerle bir mesaj bulamadık. Lütfen resimleri kontrol et ve tekrar dene.
back-too-many = Çok kez denedin. Lütfen tekrar denemeden önce biraz bekle.
back-incomplete = Lütfen sekiz resmin hepsini seç.
back-status-heading = Mesajınla ilgili neler oluyor
back-status-new = Mesajın ulaştı. Henüz kimse okumadı.
back-status-acknowledged = Biri mesajını okudu.
back-status-in_progress = Biri mesajın üzerinde çalışıyor.
back-status-waiting_for_child = Seni bekliyoruz. Lütfen cevabımızı oku.
back-status-referred = Yardım edebilecek başka kişilerden de destek istedik.
back-status-closed = Mesajınla ilgili işimizi bitirdik.
back-replies-heading = Cevaplarımız
back-no-replies = Henüz cevap yok.
back-reply-from-us = Cevabımız
back-reply-from-you = Senin eklediklerin
back-add-label = Mesajına bir şey ekle
back-add = Gönder
back-added = Ulaştı. Teşekkür ederiz.
back-withdraw-heading = Mesajını geri al
back-withdraw-body = Mesajını geri alırsan, yazdıklarını ve cevaplarımızı sileriz. Bu işlem geri döndürülemez.
back-withdraw = Mesajımı geri al
back-withdraw-confirm = Evet, geri al
back-withdrawn = Mesajın geri alındı ve silindi.
back-withdraw-body-urgent = Güvende olmadığını söyledin. Bu mesajı geri alırsan, çocukları korumakla görevli bir kişi, güvende olduğundan emin olmak için onu { $day } tarihine kadar yine de okuyabilir. Sonra onu cevaplarımızla birlikte sileriz. Bu işlem geri döndürülemez.
back-withdrawn-urgent = Mesajını geri aldın. Çocukları korumakla görevli bir kişi, güvende olduğundan emin olmak için onu { $day } tarihine kadar yine de okuyabilir. Sonra silinir.
back-close = Kapat
back-needs-js = Geri dönmek için betik (script) çalıştıran bir tarayıcı gerekiyor, çünkü gizli resimlerin bu cihazda anahtarına dönüştürülüyor.
back-cannot-open = Bu mesaj açılamıyor.

# Recording instead of writing.
voice-hint = Yazmak yerine sesli olarak da anlatabilirsin. Bu cihazdan çıkmadan önce, tıpkı sözlerin gibi kilitlenir.
voice-record = Sesimi kaydet
voice-stop = Kaydı durdur
voice-recording = Kaydediliyor… Bitirince “Kaydı durdur” düğmesine bas.
voice-recorded = Kaydın. Göndermeden önce dinleyebilirsin.
voice-delete = Kaydı sil
voice-refused = Kayıt yapamadık. Onun yerine yazabilirsin.
review-voice = Kaydın
review-voice-yes = Bir mesaj kaydettin.

# Telling a story, and the consent the child leads (one purpose per screen; "no" until they say yes).
story-before-who = Hikâyelerle çalışan küçük bir ekip hikâyeni okur. Hikâyen sadece bir sonraki adımda “evet” dediğin yerlerde kullanılır.
story-before-help = Şu anda güvende değilsen geri dön ve “Güvende değilim” seçeneğini seç. Böylece sana hemen yardım edebiliriz.
story-before-next = Sonra hikâyenin nerede kullanılabileceğine tek tek sen karar verirsin. Sen “evet” diyene kadar her şeyin cevabı “hayır”dır. Gizli resimlerinle, hikâyenin değiştirilmiş her sürümünü kullanılmadan önce okuyabilir, ona evet ya da hayır diyebilirsin. Fikrini istediğin zaman değiştirebilirsin.
story-sent-body = Hikâyen ulaştı. Gizli resimlerini sakla: onlarla hikâyenin sürümlerini okuyabilir, evet ya da hayır diyebilir ve istediğin zaman fikrini değiştirebilirsin.
story-purpose-learning = Sadece kurumumuzun içinde
story-purpose-learning-body = Ekibimiz, çocuklara nasıl daha iyi yardım edebileceğini öğrenmek için hikâyeni okuyabilir. Hikâyen kurumumuzun içinde kalır.
story-purpose-advocacy = Karar veren kişilerle
story-purpose-advocacy-body = Bir şeylerin değişmesini istemek için hikâyeni, çocuklarla ilgili kuralları ve kararları yapan kişilerle paylaşabiliriz. Hikâyen herkese açık olmaz.
story-purpose-public = Herkese açık: web sitemiz ve raporlarımız
story-purpose-public-body = Hikâyen web sitemizde ya da raporlarımızda olabilir. Orada herkes onu okuyabilir. Sadece kelimesi kelimesine onayladığın bir sürüm kullanılır.
story-purpose-media = Gazeteciler ve medya
story-purpose-media-body = Hikâyeni gazete, radyo ya da televizyon için gazetecilere verebiliriz. Sadece kelimesi kelimesine onayladığın bir sürüm kullanılır.
story-consent-question = Hikâyeni bunun için kullanabilir miyiz?
story-consent-no = Hayır
story-consent-yes = Evet
story-consent-change = Gizli resimlerinle cevabını istediğin zaman değiştirebilirsin.
story-consent-copies = Bir “evet” cevabını geri alırsan, hikâyeni kullanmayı hemen bırakırız. Ama önceden verilmiş kopyaları, örneğin bir gazeteye verilenleri, geri alamayız.
story-consent-never = Yüzleri, yerleri, ailenin adlarını ya da yaşadığın yerin adını asla yayınlamayız.
story-naming = Adın
story-naming-question = Hikâyende adın nasıl yazılsın?
story-naming-none = Hiç ad olmasın
story-naming-made_up = Uydurma bir ad
story-naming-first_name = Sadece ilk adım
story-name-label = Kullanılacak ad (sadece bir ad seçtiysen)
story-name-hint = “Hiç ad olmasın” seçtiysen burayı boş bırak.
story-age = Yaşın
story-age-why = Yaşını söylemek zorunda değilsin. Küçük çocuklar için, hikâyen kullanılmadan önce güvenilir bir yetişkine de sorulabilir.
story-age-label = Kaç yaşındasın?
story-age-unsaid = Söylemek istemiyorum

# Coming back to a story.
story-back-heading = Hikâyen
story-back-intro = Burada hikâyenin sürümlerini okuyabilir ve hikâyenin nerede kullanılabileceğine karar verebilirsin.
story-versions-heading = Okuman için sürümler
story-no-versions = Henüz okuman için bir sürüm yok.
# $purpose is the name of a purpose (e.g. "Public: our website and reports").
story-version-for = Bu sürüm şunun için: { $purpose }
# $name is the made-up or first name the child chose to be shown with the story.
story-version-byline = Gösterilecek ad: { $name }
story-version-awaiting = Cevabını bekliyor
story-version-approved = Tam bu kelimelere evet dedin
story-version-declined = Bu sürüme hayır dedin
story-version-approve = Evet, tam bu kelimeleri kullanın
story-version-decline = Hayır, böyle olmasın
story-version-saved-yes = Teşekkür ederiz. Sadece tam bu kelimeler kullanılabilir.
story-version-saved-no = Teşekkür ederiz. Bu sürüm kullanılmayacak.
story-consents-heading = Hikâyenin kullanılabileceği yerler
# $day is the last day the yes holds, as YYYY-MM-DD.
story-consent-yes-until = { $day } tarihine kadar evet dedin.
story-consent-said-no = Hayır dedin.
story-consent-withdraw = “Evet” cevabımı geri al
story-consent-renew = Yeniden evet de
story-consent-give = Evet de
story-consent-saved-yes = Kaydedildi. Evet dedin.
story-consent-saved-no = Kaydedildi. Hikâyen artık bunun için kullanılmıyor.
