# Modelos de resposta de onde partem as pessoas que leem as mensagens, no idioma da criança: simples, carinhosos,
# sem culpa, sem promessas que não podemos cumprir. A criança lê as respostas na página "Voltar".

template-thanks = Obrigado por nos contar. Lemos a sua mensagem e levamos isso a sério.
template-not-your-fault = O que aconteceu não é culpa sua. Você fez a coisa certa ao nos contar.
template-tell-more = Queremos entender melhor. Só se você quiser: você pode nos contar um pouco mais sobre o que aconteceu?
template-working = Estamos cuidando do que você nos contou. Vamos escrever para você de novo aqui.
template-done = Fizemos o que podíamos sobre a sua mensagem. Se alguma outra coisa preocupar você, pode sempre escrever para nós de novo.
