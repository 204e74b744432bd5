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
