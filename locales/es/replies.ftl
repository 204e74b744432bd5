# Reply templates that reviewers start from, in the child's language: plain, warm, no blame,
# no promises we cannot keep. The child reads them on the coming-back page.

template-thanks = Gracias por contárnoslo. Leímos tu mensaje y lo tomamos en serio.
template-not-your-fault = Lo que pasó no es tu culpa. Hiciste bien en contárnoslo.
template-tell-more = Nos gustaría entender mejor. Solo si tú quieres: ¿puedes contarnos un poco más sobre lo que pasó?
template-working = Estamos trabajando en lo que nos contaste. Te vamos a escribir otra vez aquí.
template-done = Hicimos lo que pudimos con tu mensaje. Si algo más te preocupa, siempre puedes volver a escribirnos.
