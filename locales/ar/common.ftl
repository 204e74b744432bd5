# Shared by the child site and the console.

# The product's name.
brand = Heard
# Label of the language switch.
lang-switch-label = اللغة
# $name (string) — the language's own name in its own script.
lang-listen = استمع: { $name }
# Heading and text of the page shown for an address that does not exist.
page-title-not-found = الصفحة غير موجودة
error-not-found = هذه الصفحة غير موجودة.
error-go-back = العودة إلى البداية
# Title of a page that reports a problem.
page-title-error = حدثت مشكلة

# Stories: refusals, and the public story page.
story-error-not-consented = لم يقل الطفل «نعم» لهذا. لم يتغيّر أي شيء.
story-error-needs-js = لرواية قصة يلزم متصفح يشغّل البرامج النصية، كي تصلك صورك السرية. لم يُرسَل أي شيء.
story-error-not-approved = هذه ليست الكلمات نفسها بالضبط التي وافق عليها الطفل. لم يُنشَر أي شيء.
story-error-named = اختار الطفل ألّا يُذكر اسمه. لم يُنشَر أي شيء.
story-error-names-facility = هذه الكلمات تذكر اسم مكان يعيش فيه أطفال. لم يُنشَر أي شيء.
public-stories-title = قصص الأطفال
public-stories-intro = كل قصة هنا معروضة بكلمات قرأها من رواها ووافق عليها. ويمكن سحبها في أي وقت.
public-stories-none = لا توجد قصص هنا بعد.
