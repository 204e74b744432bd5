# Consultations on the child site: questions adults ask children about decisions that affect
# them. Rendered on the server only (never in the child's bundle). Warm, plain, short.

consult-list-title = Senin için sorular
consult-list-intro = Hayatınla ilgili kararları veren kişiler ne düşündüğünü bilmek istiyor. Katılıp katılmamak senin seçimin.
consult-list-none = Şu anda senin için soru yok.
# Headings of the first screen.
consult-start-audience = Kim soruyor ve sonuçları kim alacak
consult-start-why = Bu ne için
consult-start-voluntary = Katılıp katılmayacağını sen seçersin. İstediğin zaman durabilirsin ve her soruda “Cevap vermek istemiyorum” diyebilirsin.
# $k (number): the smallest group of children whose answers are ever shown.
consult-start-privacy = Cevaplarını hiç kimse tek tek göremez, soruları soranlar bile. Heard yalnızca her cevabı kaç çocuğun seçtiğini saklar ve { $k } çocuktan az olan bir grubu asla göstermez.
consult-start-place = Nerede yaşıyorsun? Söylemek zorunda değilsin.
consult-start-age = Kaç yaşındasın? Söylemek zorunda değilsin.
consult-place-none = Söylemek istemiyorum
consult-age-up_to_11 = 11 ya da daha küçük
consult-age-12_to_14 = 12 ile 14 arası
consult-age-15_to_17 = 15 ile 17 arası
consult-age-not_said = Söylemek istemiyorum
consult-start-button = Başla
# $n (number): this question's number; $total (number): how many questions there are.
consult-question-progress = Soru { $n } / { $total }
consult-next = İleri
consult-skip = Cevap vermek istemiyorum
consult-multiple-hint = Birden fazla seçebilirsin.
consult-rank-hint = Cevapları sıraya koy: 1, senin için en önemli olan.
consult-choose-one = Bir cevap seç ya da “Cevap vermek istemiyorum” düğmesine bas.
consult-rank-each = Her cevaba ayrı bir numara ver ya da “Cevap vermek istemiyorum” düğmesine bas.
consult-thanks-title = Teşekkürler
# $day (text): the day the consultation closes, as YYYY-MM-DD.
consult-thanks-text = Cevapların sayıldı. Sonuçlar { $day } tarihinden sonra gösterilecek.
consult-thanks-back = Sorulara geri dön
consult-done-before = Bu soruları bu cihazda zaten cevapladın. Teşekkürler.
consult-closed = Bu sorular artık kapandı.
consult-results-intro = Çocukların söyledikleri. Sonuçlar şunlara iletilecek:
# $count (number): how many children answered the question.
consult-results-answered = { $count ->
    [one] Bir çocuk cevap verdi.
   *[other] { $count } çocuk cevap verdi.
}
# $k (number): the smallest group of children whose answers are ever shown.
consult-results-too-few = Bu soruyu { $k } çocuktan daha azı cevapladı, bu yüzden cevaplar gösterilmiyor.
# $k (number): the smallest group of children whose answers are ever shown.
consult-results-hidden = gizli ({ $k } çocuktan küçük grupları korumak için)
consult-results-option = Cevap
consult-results-count = Çocuk sayısı
consult-results-group = Grup
consult-results-by-place = Yere göre
consult-results-by-region = Bölgeye göre
consult-results-by-language = Dile göre
consult-results-by-age_band = Yaşa göre
consult-results-none-said = Belirtilmedi
consult-list-closed = Önceki sorulardan ne çıktı
consult-results-title = Çocukların söyledikleri
consult-actions-title = Siz söylediniz, biz yaptık
consult-actions-none = Neye karar verildiği burada gösterilecek.
consult-action-planned = Planlandı:
consult-action-in_progress = Şu anda yapılıyor:
consult-action-done = Yapıldı:
consult-action-not_done = Yapılmadı:
consult-action-why = Neden:
consult-action-answers = Şu soruyla ilgili:
# A free-text question.
consult-written-label = Cevabını buraya yaz, istediğin dilde.
consult-written-who-reads = Yazdıkların kaydedilmeden önce kilitlenir. Onu yalnızca bu sorulardan sorumlu olan kişiler açabilir. Yazdıkların başkalarına ancak bu kişilerden biri onları okuyup seçerse gösterilir, adın olmadan. Başına kötü bir şey geldiyse, bunu ana sayfada da bize anlatabilirsin.
consult-written-unavailable = Şu anda cevap yazılamıyor. Devam etmek için “Cevap vermek istemiyorum” düğmesine bas.
consult-written-empty = Bir şey yaz ya da “Cevap vermek istemiyorum” düğmesine bas.
consult-written-long = Bu çok uzun. Lütfen kısalt.
consult-results-written = Cevap yazdı
consult-results-quotes = Çocukların yazdıklarından, bir kişinin seçip kontrol ettiği bazı bölümler:
# On the start page, beside a closed consultation. $count (number): decisions made; $done (number): of them, done.
consult-news-decided = { $count ->
    [one] Bir karar
   *[other] { $count } karar
}, { $done } tanesi yapıldı
# Coming back with the picture code (/back): the consultations the code follows.
consult-back-heading = Cevapladığın sorular
consult-back-follow = Bugün cevapladığım soruları hatırla
consult-back-follow-hint = Sonra, resimlerinle her geri döndüğünde, bu sorulardan ne çıktığını burada göreceksin. Bu listeyi yalnızca resimlerine sahip olan biri görebilir. Cevapların bu listeyle birlikte saklanmaz.
# On the thanks screen: a child who has a picture code may have it remember these questions.
consult-thanks-follow = Gönderdiğin bir mesajdan gizli resimlerin var mı? Onlarla geri döndüğünde, bu soruları hatırlamalarını isteyebilir ve bu sorulardan ne çıktığını orada görebilirsin.
consult-thanks-follow-link = Resimlerimle geri dön
