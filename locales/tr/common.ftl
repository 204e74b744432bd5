# Shared by the child site and the console.

# The product's name.
brand = Heard
# Label of the language switch.
lang-switch-label = Dil
# The button next to each language's name that says the name aloud, in that language's voice.
# $name (string) — the language's own name in its own script, e.g. "Español".
lang-listen = Dinle: { $name }
# Heading and text of the page shown for an address that does not exist.
page-title-not-found = Sayfa bulunamadı
error-not-found = Bu sayfa yok.
error-go-back = Başa dön
# Title of a page that reports a problem.
page-title-error = Bir sorun oldu

# Stories: refusals, and the public story page.
story-error-not-consented = Çocuk buna evet demedi. Hiçbir şey değiştirilmedi.
story-error-needs-js = Hikâye anlatmak için betik (script) çalıştıran bir tarayıcı gerekiyor, böylece gizli resimlerini alabilirsin. Hiçbir şey gönderilmedi.
story-error-not-approved = Bunlar, çocuğun onayladığı kelimelerin tam aynısı değil. Hiçbir şey yayınlanmadı.
story-error-named = Çocuk adının yazılmamasını seçti. Hiçbir şey yayınlanmadı.
story-error-names-facility = Bu kelimeler, çocukların yaşadığı bir yerin adını veriyor. Hiçbir şey yayınlanmadı.
public-stories-title = Çocukların hikâyeleri
public-stories-intro = Buradaki her hikâye, yazarının okuyup onayladığı kelimelerle gösterilir. Yazarı onu istediği zaman geri alabilir.
public-stories-none = Burada henüz hikâye yok.
