# A página onde a criança escreve. Palavras simples: muitos leitores são pequenos ou estão aprendendo português.

page-title-intake = Conte para nós
intake-heading = Conte para nós o que você está pensando ou sentindo
intake-locked = O que você escreve é trancado antes de sair deste aparelho. Só as pessoas escolhidas para ler as mensagens podem abrir.
intake-nojs = O seu navegador não está rodando scripts. O nosso servidor vai trancar a sua mensagem assim que ela chegar, antes de guardar.
intake-label = Sua mensagem
intake-hint = Escreva muito ou pouco, como quiser, em qualquer idioma.
intake-send = Enviar
intake-sending = Enviando…
intake-retry = Tentar de novo

page-title-sent = Sua mensagem chegou
intake-sent-heading = Sua mensagem chegou
intake-sent-body = Ela está guardada e trancada. Obrigado por nos contar.
intake-write-another = Escrever outra mensagem
intake-kept-heading = Guardada neste aparelho
intake-kept-body = A internet não está funcionando agora. A sua mensagem está trancada e guardada neste aparelho. Ninguém aqui pode ler. Ela vai ser enviada sozinha quando a internet voltar a funcionar. As suas figuras secretas vão funcionar depois disso.

# Erros. Cada um diz o que aconteceu e que nada foi perdido nem guardado.
error-not-arrived = A sua mensagem ainda não chegou. As suas palavras continuam aqui. Por favor, tente de novo.
error-empty = Ainda não tem nada para enviar. Por favor, escolha ou escreva algo primeiro.
# $max (number) — o número máximo de caracteres que uma mensagem pode ter.
error-too-long = A sua mensagem está longa demais. Por favor, deixe mais curta: no máximo { $max } caracteres.
error-not-sealed = O que chegou não era uma mensagem trancada, então nada foi guardado.
error-too-large = O que chegou era grande demais, então nada foi guardado.
error-bad-id = Não conseguimos reconhecer esta mensagem, então nada foi guardado. Por favor, abra a página de novo e envie outra vez.
error-cross-site = Isto veio de outro site, então nada foi guardado.
error-unavailable = Algo deu errado do nosso lado, então nada foi guardado. Por favor, tente de novo mais tarde.
error-bad-form = O formulário não estava completo, então nada foi guardado. Por favor, abra a página de novo.
error-recipients-changed = Algo mudou do nosso lado enquanto você escrevia, então nada foi guardado ainda. Por favor, toque em Enviar de novo.

# Sobre qual lugar é a mensagem. Escolher um lugar esconde a mensagem de quem trabalha lá.
intake-place-label = Sobre qual lugar é isto? (Você pode pular esta parte.)
intake-place-hint = Se você escolher um lugar, ninguém que trabalha para esse lugar pode ler a sua mensagem.
intake-place-unsaid = Prefiro não dizer
intake-place-elsewhere = Outro lugar
error-unknown-place = Não conhecemos esse lugar, então nada foi guardado. Por favor, escolha outro, ou "Prefiro não dizer".
error-proof-needed = Não conseguimos verificar a sua mensagem, então nada foi guardado ainda. Por favor, toque em Enviar de novo.
error-too-many = Você enviou muitas mensagens deste aparelho em pouco tempo, então esta não foi guardada. Por favor, espere um pouco e tente de novo.
error-busy = Estão chegando muitas mensagens ao mesmo tempo agora, então a sua ainda não foi guardada. Por favor, tente de novo daqui a alguns minutos. Se você não está em segurança agora, escolha "Não estou em segurança": essas mensagens passam primeiro.
error-form-expired = Esta página ficou aberta por muito tempo ou já foi usada, então nada foi guardado. Por favor, abra a página de novo e envie a sua mensagem.

# Saída rápida: um botão em todas as telas que esconde a página na hora e sai do site.
quick-exit = Saída rápida
# O botão que lê a tela em voz alta com a voz do próprio aparelho.
read-aloud = Ler em voz alta

# A primeira tela: o que a criança quer compartilhar.
share-heading = O que você gostaria de compartilhar?
kind-legend = O que você gostaria de compartilhar? (Você pode pular esta parte.)
kind-idea = Uma ideia ou o que eu penso
kind-idea-hint = Algo que poderia ser melhor, ou o que você pensa sobre alguma coisa.
kind-worry = Uma preocupação
kind-worry-hint = Algo que deixa você triste, com medo ou preocupação.
kind-complaint = Uma reclamação
kind-complaint-hint = Algo que estava errado ou não foi justo.
kind-unsafe = Não estou em segurança
kind-unsafe-hint = Peça ajuda agora.
kind-story = Contar minha história
kind-story-hint = Você decide quem pode ver.

# O avanço pelas telas.
# $n (number) — o número desta tela; $total (number) — quantas telas existem.
step-progress = Passo { $n } de { $total }
step-back = Voltar
step-next = Próximo

# A tela honesta antes da primeira pergunta.
before-heading = Antes de começar
before-who-heading = Quem lê
before-who = Algumas pessoas preparadas, escolhidas para ler as mensagens. Ninguém que trabalha no lugar que você escolher pode ler.
before-next-heading = O que acontece depois
# $days (number) — em até quantos dias uma pessoa lê uma mensagem nova.
before-next = { $days ->
    [one] Uma pessoa vai ler em até { $days } dia.
   *[other] Uma pessoa vai ler em até { $days } dias.
}
before-cannot-heading = Do que não podemos proteger você
before-cannot = Alguém que vê a sua tela, ou que pega este aparelho, pode ver o que você escreve. Se alguém estiver em perigo, talvez a gente tenha que avisar pessoas que podem cuidar da segurança dessa pessoa.
before-exit = Se alguém chegar, toque em "Saída rápida" ou aperte Esc três vezes. A página some na hora.
before-start = Entendi, começar

# "Não estou em segurança": primeiro, os contatos de ajuda.
help-heading = Você pode receber ajuda agora
help-call-now = Se você está em perigo agora, ligue para um destes números:
help-no-contacts = Se você está em perigo agora, ligue para o número de emergência deste país.
help-tell-us = Você também pode nos contar o que está acontecendo. Vamos ler primeiro.

# As perguntas.
feelings-heading = Como você se sente?
feelings-hint = Você pode escolher mais de um, ou pular esta parte.
feeling-happy = Feliz
feeling-okay = Bem
feeling-sad = Triste
feeling-scared = Com medo
feeling-angry = Com raiva
feeling-worried = Com preocupação
words-label-idea = Qual é a sua ideia?
words-label-worry = O que está preocupando você?
words-label-complaint = O que aconteceu?
words-label-unsafe = O que está acontecendo? Onde você está? (Só se você puder.)
words-label-story = Conte a sua história. Você pode escrever ou falar em voz alta.
wish-heading = O que você gostaria que acontecesse?
wish-hint = Você pode escolher mais de um, ou pular esta parte.
wish-talk = Quero falar com alguém
wish-change = Quero que alguma coisa mude
wish-just_know = Só quero que vocês saibam
wish-not_sure = Não tenho certeza

# A revisão antes de enviar.
review-heading = Confira antes de enviar
review-kind = O que você compartilha
review-feelings = Como você se sente
review-words = Suas palavras
review-place = O lugar
review-wishes = O que você gostaria
review-skipped = Você pulou esta parte.
review-change = Mudar
review-urgent = Vamos tratar isto como urgente.

# Modo quiosque: depois de um tempo sem uso, antes de a tela ser limpa para a próxima pessoa.
kiosk-warning-heading = Você ainda está aí?
kiosk-warning-body = Se ninguém tocar na tela, tudo o que está nela vai ser apagado logo, para que a próxima pessoa não possa ver.
kiosk-stay = Ainda estou aqui

# O código de volta: figuras que a criança guarda para voltar. O nome de cada figura, para leitores de tela
# e leitura em voz alta (mostrado embaixo da figura).
picture-dog = cachorro
picture-cat = gato
picture-fish = peixe
picture-bird = pássaro
picture-horse = cavalo
picture-cow = vaca
picture-rabbit = coelho
picture-turtle = tartaruga
picture-butterfly = borboleta
picture-bee = abelha
picture-elephant = elefante
picture-lion = leão
picture-frog = sapo
picture-monkey = macaco
picture-duck = pato
picture-owl = coruja
picture-apple = maçã
picture-banana = banana
picture-grapes = uvas
picture-lemon = limão
picture-carrot = cenoura
picture-corn = milho
picture-bread = pão
picture-cheese = queijo
picture-egg = ovo
picture-cake = bolo
picture-watermelon = melancia
picture-cherries = cerejas
picture-strawberry = morango
picture-pineapple = abacaxi
picture-mushroom = cogumelo
picture-pepper = pimenta
picture-sun = sol
picture-moon = lua
picture-star = estrela
picture-cloud = nuvem
picture-rainbow = arco-íris
picture-flower = flor
picture-tree = árvore
picture-leaf = folha
picture-mountain = montanha
picture-shell = concha
picture-glasses = óculos
picture-snowflake = floco de neve
picture-umbrella = guarda-chuva
picture-house = casa
picture-car = carro
picture-bicycle = bicicleta
picture-teddy = ursinho de pelúcia
picture-rocket = foguete
picture-train = trem
picture-ball = bola
picture-guitar = guitarra
picture-drum = tambor
picture-book = livro
picture-pencil = lápis
picture-key = chave
picture-clock = relógio
picture-bell = sino
picture-gift = presente
picture-balloon = balão
picture-crown = coroa
picture-shoe = sapato
picture-heart = coração

# Depois de enviar: o código da criança.
code-heading = Suas figuras secretas
code-body = Com estas figuras você pode voltar, ler a nossa resposta, acrescentar alguma coisa ou retirar a sua mensagem. Lembre delas nesta ordem, ou anote e guarde em um lugar seguro. Não mostre para ninguém.
code-print = Imprimir minhas figuras
code-come-back = Voltar com minhas figuras

# Voltar com o código.
page-title-back = Voltar
back-heading = Volte com as suas figuras secretas
back-hint = Escolha as suas oito figuras na mesma ordem.
back-chosen = Suas figuras até agora
back-remove = Tirar a última figura
back-open = Abrir
back-opening = Abrindo…
back-not-found = Não encontramos uma mensagem com estas figuras. Por favor, confira e tente de novo.
back-too-many = Você tentou muitas vezes. Por favor, espere um pouco antes de tentar de novo.
back-incomplete = Por favor, escolha as oito figuras.
back-status-heading = O que está acontecendo com a sua mensagem
back-status-new = A sua mensagem chegou. Ninguém leu ainda.
back-status-acknowledged = Alguém leu a sua mensagem.
back-status-in_progress = Alguém está cuidando da sua mensagem.
back-status-waiting_for_child = Estamos esperando por você. Por favor, leia a nossa resposta.
back-status-referred = Pedimos ajuda a outras pessoas que podem ajudar.
back-status-closed = Terminamos de cuidar da sua mensagem.
back-replies-heading = Nossas respostas
back-no-replies = Ainda não tem resposta.
back-reply-from-us = Nossa resposta
back-reply-from-you = O que você acrescentou
back-add-label = Acrescentar alguma coisa à sua mensagem
back-add = Enviar
back-added = Chegou. Obrigado.
back-withdraw-heading = Retirar a sua mensagem
back-withdraw-body = Se você retirar, nós apagamos o que você escreveu e as nossas respostas. Isso não pode ser desfeito.
back-withdraw = Retirar minha mensagem
back-withdraw-confirm = Sim, retirar
back-withdrawn = A sua mensagem foi retirada e apagada.
back-withdraw-body-urgent = Você disse que não estava em segurança. Se você retirar esta mensagem, uma pessoa responsável por proteger as crianças ainda pode ler até { $day }, para ter certeza de que você está em segurança. Depois, nós apagamos a mensagem e as nossas respostas. Isso não pode ser desfeito.
back-withdrawn-urgent = Você retirou a sua mensagem. Uma pessoa responsável por proteger as crianças ainda pode ler até { $day }, para ter certeza de que você está em segurança. Depois, ela é apagada.
back-close = Fechar
back-needs-js = Para voltar, é preciso um navegador que rode scripts, porque as suas figuras secretas viram a sua chave neste aparelho.
back-cannot-open = Esta mensagem não pode ser aberta.

# Gravar em vez de escrever.
voice-hint = Você também pode falar em voz alta em vez de escrever. A gravação é trancada como as suas palavras antes de sair deste aparelho.
voice-record = Gravar minha voz
voice-stop = Parar de gravar
voice-recording = Gravando… Toque em "Parar de gravar" quando terminar.
voice-recorded = Sua gravação. Você pode ouvir antes de enviar.
voice-delete = Apagar a gravação
voice-refused = Não conseguimos gravar. Você pode escrever em vez disso.
review-voice = Sua gravação
review-voice-yes = Você gravou uma mensagem.

# Contar uma história, e a permissão que a criança dá (um uso por tela; "não" até ela dizer sim).
story-before-who = Uma pequena equipe de pessoas que preparam histórias lê a sua história. Ela só vai ser usada onde você disser sim, nas próximas telas.
story-before-help = Se você não está em segurança agora, volte e escolha "Não estou em segurança". Assim podemos ajudar você na hora.
story-before-next = Agora você vai decidir, um por um, onde a sua história pode ser usada. Tudo é "não" até você dizer sim. Com as suas figuras secretas, você pode ler qualquer versão mudada antes de ela ser usada, dizer sim ou não, e mudar de ideia quando quiser.
story-sent-body = A sua história chegou. Guarde as suas figuras secretas: com elas você pode ler versões da sua história, dizer sim ou não, e mudar de ideia quando quiser.
story-purpose-learning = Só dentro da nossa organização
story-purpose-learning-body = A nossa equipe pode ler a sua história para aprender a ajudar melhor as crianças. Ela fica dentro da nossa organização.
story-purpose-advocacy = Com pessoas que tomam decisões
story-purpose-advocacy-body = Podemos mostrar a sua história para pessoas que fazem regras e tomam decisões sobre crianças, para pedir mudanças. Ela não fica pública.
story-purpose-public = Público: nosso site e nossos relatórios
story-purpose-public-body = A sua história pode aparecer no nosso site ou nos nossos relatórios, onde qualquer pessoa pode ler. Só é usada uma versão que você aprovou palavra por palavra.
story-purpose-media = Jornalistas e imprensa
story-purpose-media-body = Podemos dar a sua história para jornalistas, para jornais, rádio ou TV. Só é usada uma versão que você aprovou palavra por palavra.
story-consent-question = Podemos usar a sua história para isso?
story-consent-no = Não
story-consent-yes = Sim
story-consent-change = Você pode mudar a sua resposta quando quiser com as suas figuras secretas.
story-consent-copies = Se você retirar um sim, paramos de usar a sua história na hora. Não podemos pegar de volta cópias que já foram entregues, por exemplo, a um jornal.
story-consent-never = Nunca publicamos rostos, lugares, nem os nomes das pessoas da sua família ou do lugar onde você mora.
story-naming = Seu nome
story-naming-question = Com que nome você quer aparecer?
story-naming-none = Nenhum nome
story-naming-made_up = Um nome inventado
story-naming-first_name = Só o meu primeiro nome
story-name-label = O nome para usar (só se você escolheu um nome)
story-name-hint = Se você escolheu "Nenhum nome", deixe isto vazio.
story-age = Sua idade
story-age-why = Você não precisa dizer. Para crianças mais novas, talvez a gente também pergunte a um adulto de confiança antes de usar a sua história.
story-age-label = Quantos anos você tem?
story-age-unsaid = Prefiro não dizer

# Voltar a uma história.
story-back-heading = Sua história
story-back-intro = Aqui você pode ler versões da sua história e decidir onde ela pode ser usada.
story-versions-heading = Versões para você ler
story-no-versions = Ainda não tem nenhuma versão para você ler.
# $purpose (string) — o nome de um uso (por exemplo "Público: nosso site e nossos relatórios").
story-version-for = Versão para: { $purpose }
# $name (string) — o nome inventado ou o primeiro nome que a criança escolheu mostrar com a história.
story-version-byline = Nome que aparece: { $name }
story-version-awaiting = Esperando a sua resposta
story-version-approved = Você disse sim a estas palavras exatas
story-version-declined = Você disse não a esta versão
story-version-approve = Sim, usar estas palavras exatas
story-version-decline = Não, assim não
story-version-saved-yes = Obrigado. Só estas palavras exatas podem ser usadas.
story-version-saved-no = Obrigado. Esta versão não vai ser usada.
story-consents-heading = Onde a sua história pode ser usada
# $day (string) — o último dia em que o sim vale, no formato AAAA-MM-DD.
story-consent-yes-until = Você disse sim, até { $day }.
story-consent-said-no = Você disse não.
story-consent-withdraw = Retirar meu sim
story-consent-renew = Dizer sim de novo
story-consent-give = Dizer sim
story-consent-saved-yes = Guardado. Você disse sim.
story-consent-saved-no = Guardado. A sua história não é mais usada para isso.
