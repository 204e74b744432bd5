# Consultas no site das crianças: perguntas que adultos fazem às crianças sobre decisões que
# afetam a vida delas. Mostradas só pelo servidor. Palavras acolhedoras, simples e curtas.

consult-list-title = Perguntas para você
consult-list-intro = Pessoas que tomam decisões sobre a sua vida querem saber o que você pensa. Participar é escolha sua.
consult-list-none = Agora não tem nenhuma pergunta para você.
# Títulos da primeira tela.
consult-start-audience = Quem está perguntando, e quem vai receber os resultados
consult-start-why = Para que serve
consult-start-voluntary = Você escolhe se quer participar. Você pode parar quando quiser, e em cada pergunta pode dizer "Não quero responder".
# $k (number) — o menor grupo de crianças cujas respostas são mostradas.
consult-start-privacy = Ninguém vê as suas respostas uma por uma, nem mesmo as pessoas que perguntaram. O Heard só guarda quantas crianças escolheram cada resposta, e nunca mostra um grupo de menos de { $k } crianças.
consult-start-place = Onde você mora? Você não precisa dizer.
consult-start-age = Quantos anos você tem? Você não precisa dizer.
consult-place-none = Prefiro não dizer
consult-age-up_to_11 = 11 anos ou menos
consult-age-12_to_14 = De 12 a 14 anos
consult-age-15_to_17 = De 15 a 17 anos
consult-age-not_said = Prefiro não dizer
consult-start-button = Começar
# $n (number) — o número desta pergunta; $total (number) — quantas perguntas existem.
consult-question-progress = Pergunta { $n } de { $total }
consult-next = Próximo
consult-skip = Não quero responder
consult-multiple-hint = Você pode escolher mais de uma.
consult-rank-hint = Coloque as respostas em ordem: 1 é a mais importante para você.
consult-choose-one = Escolha uma resposta, ou toque em "Não quero responder".
consult-rank-each = Dê um número diferente para cada resposta, ou toque em "Não quero responder".
consult-thanks-title = Obrigado
# $day (string) — o dia em que a consulta fecha, no formato AAAA-MM-DD.
consult-thanks-text = As suas respostas foram contadas. Os resultados vão aparecer depois de { $day }.
consult-thanks-back = Voltar para as perguntas
consult-done-before = Você já respondeu estas perguntas neste aparelho. Obrigado.
consult-closed = Estas perguntas já estão fechadas.
consult-results-intro = O que as crianças disseram. Os resultados vão para:
# $count (number) — quantas crianças responderam a pergunta.
consult-results-answered = { $count ->
    [one] { $count } criança respondeu.
   *[other] { $count } crianças responderam.
}
# $k (number) — o menor grupo de crianças cujas respostas são mostradas.
consult-results-too-few = Menos de { $k } crianças responderam esta pergunta, então as respostas não aparecem.
# $k (number) — o menor grupo de crianças cujas respostas são mostradas.
consult-results-hidden = escondido (para proteger grupos de menos de { $k })
consult-results-option = Resposta
consult-results-count = Crianças
consult-results-group = Grupo
consult-results-by-place = Por lugar
consult-results-by-region = Por região
consult-results-by-language = Por idioma
consult-results-by-age_band = Por idade
consult-results-none-said = Não disseram
consult-list-closed = O que aconteceu com as perguntas de antes
consult-results-title = O que as crianças disseram
consult-actions-title = Vocês disseram, nós fizemos
consult-actions-none = O que foi decidido vai aparecer aqui.
consult-action-planned = Planejado:
consult-action-in_progress = Acontecendo agora:
consult-action-done = Feito:
consult-action-not_done = Não foi feito:
consult-action-why = Por quê:
consult-action-answers = Sobre a pergunta:
# Uma pergunta de resposta livre.
consult-written-label = Escreva aqui a sua resposta, em qualquer idioma.
consult-written-who-reads = O que você escreve é trancado antes de ser guardado. Só as pessoas que cuidam destas perguntas podem abrir. Outras pessoas só veem as suas palavras se uma dessas pessoas leu e escolheu o que você escreveu, sem o seu nome. Se aconteceu alguma coisa ruim com você, você também pode contar para nós na página inicial.
consult-written-unavailable = Agora não dá para escrever uma resposta. Toque em "Não quero responder" para continuar.
consult-written-empty = Escreva alguma coisa, ou toque em "Não quero responder".
consult-written-long = Está longo demais. Por favor, deixe mais curto.
consult-results-written = Escreveram uma resposta
consult-results-quotes = Um pouco do que as crianças escreveram, escolhido e conferido por uma pessoa:
# $count (number) — na página inicial, ao lado de uma consulta encerrada: as decisões tomadas; $done (number) — delas, quantas foram feitas.
consult-news-decided = { $count ->
    [one] Uma decisão
   *[other] { $count } decisões
}, feitas: { $done }
# Voltar com o código de figuras (/back): as consultas que o código acompanha.
consult-back-heading = Perguntas que você respondeu
consult-back-follow = Lembrar as perguntas que respondi hoje
consult-back-follow-hint = Depois, cada vez que você voltar com as suas figuras, vai ver aqui o que aconteceu com essas perguntas. Só quem tem as suas figuras pode ver esta lista. As suas respostas não ficam guardadas com ela.
# Na tela de agradecimento: uma criança que tem um código de figuras pode pedir para ele lembrar estas perguntas.
consult-thanks-follow = Você tem figuras secretas de uma mensagem que enviou? Quando voltar com elas, você pode pedir para elas lembrarem estas perguntas, e ver lá o que aconteceu com essas perguntas.
consult-thanks-follow-link = Voltar com minhas figuras
