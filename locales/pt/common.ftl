# Compartilhado pelo site das crianças e pelo console.

# O nome do produto.
brand = Heard
# Rótulo da troca de idioma.
lang-switch-label = Idioma
# O botão ao lado do nome de cada idioma, que diz o nome em voz alta, com a voz desse idioma.
# $name (string) — o nome do idioma no próprio idioma e na própria escrita, por exemplo "Español".
lang-listen = Ouvir: { $name }
# Título e texto da página mostrada para um endereço que não existe.
page-title-not-found = Página não encontrada
error-not-found = Esta página não existe.
error-go-back = Voltar ao início
# Título de uma página que informa um problema.
page-title-error = Algo deu errado

# Histórias: recusas, e a página pública de histórias.
story-error-not-consented = A criança não disse sim a isto. Nada foi mudado.
story-error-needs-js = Para contar uma história, é preciso um navegador que rode scripts, para você receber as suas figuras secretas. Nada foi enviado.
story-error-not-approved = Estas não são as palavras exatas que a criança aprovou. Nada foi publicado.
story-error-named = A criança escolheu não aparecer com nome. Nada foi publicado.
story-error-names-facility = Estas palavras citam um lugar onde crianças moram. Nada foi publicado.
public-stories-title = Histórias de crianças
public-stories-intro = Cada história aqui aparece com palavras que a pessoa que a contou leu e aprovou. Essa pessoa pode retirar a história quando quiser.
public-stories-none = Ainda não tem histórias aqui.
