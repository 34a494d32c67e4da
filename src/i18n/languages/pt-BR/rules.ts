import type { RulesCatalog } from '../../rule-text';

const caudaEquina =
  'Com dor nas costas, isso pode querer dizer que os nervos na parte de baixo da coluna estão sendo comprimidos (síndrome da cauda equina). Isso precisa de tratamento em questão de horas para proteger a bexiga, o intestino e as pernas.';

const seriousCause =
  'é um sinal que os médicos procuram, porque torna mais provável uma causa grave e rara (uma fratura, uma infecção ou câncer). Não é uma emergência, mas um médico deve avaliar isso em poucos dias.';

export const rules: RulesCatalog = {
  'red-flag-saddle-numbness': {
    title: 'Dormência na região dos genitais ou das nádegas',
    trigger: 'Dormência ou formigamento na região dos genitais, das nádegas ou da parte interna das coxas.',
    why: caudaEquina,
  },
  'red-flag-bladder-bowel': {
    title: 'Dificuldade nova para fazer xixi ou cocô',
    trigger: 'Dificuldade nova para fazer xixi, escape de xixi ou cocô, ou não sentir quando precisa ir ao banheiro.',
    why: caudaEquina,
  },
  'red-flag-both-legs': {
    title: 'Dor ou dormência que desce pelas duas pernas',
    trigger: 'Dor, dormência ou formigamento que desce das costas pelas duas pernas (não é dor muscular nas pernas por causa do treino).',
    why: caudaEquina,
  },
  'red-flag-leg-weakness': {
    title: 'Fraqueza nova em uma perna ou um pé',
    trigger:
      'Fraqueza nova em uma perna ou um pé: a perna falha, o pé arrasta ou bate no chão, ou a pessoa não consegue ficar na ponta dos pés ou sobre os calcanhares.',
    why: 'Quando um nervo está tão comprimido que enfraquece um músculo, um médico precisa avaliar logo. As diretrizes aceitam uma avaliação no mesmo dia quando é só uma perna; o Backcheck trata isso como emergência, por segurança.',
  },
  'red-flag-dark-urine': {
    title: 'Xixi cor de Coca-Cola, ou quase nenhum xixi',
    trigger: 'Xixi marrom-escuro ou cor de Coca-Cola (não só amarelo-escuro), ou quase nenhum xixi por 12 horas, mesmo bebendo líquidos.',
    why: 'Depois de um exercício puxado, isso pode querer dizer que as fibras do músculo estão sendo destruídas (rabdomiólise por esforço), o que pode prejudicar os rins e precisa de atendimento imediato. Pode começar dias depois de um treino novo ou pesado, e os músculos afetados podem ser os das costas.',
  },
  'red-flag-chest-symptoms': {
    title: 'Dor no peito ou falta de ar',
    trigger: 'Dor no peito ou pressão no peito, falta de ar, tosse com sangue, dor que se espalha para o braço ou a mandíbula, ou suor frio.',
    why: 'Dor nas costas com qualquer um destes sinais pode vir do coração, de uma ruptura no principal vaso sanguíneo do corpo (dissecção da aorta) ou de um coágulo no pulmão (embolia pulmonar). Qualquer um deles precisa de atendimento de emergência.',
  },
  'red-flag-swollen-muscles': {
    title: 'Músculos das costas inchados ou duros como pedra',
    trigger: 'Os músculos doloridos das costas estão inchados, duros ou tensos como um tambor, ou a pele sobre eles está dormente.',
    why: 'Depois de levantamento terra, remada ou extensão lombar, a pressão pode aumentar dentro dos músculos das costas (síndrome compartimental), e algumas pessoas precisam de cirurgia imediatamente. O inchaço também é um sinal de que as fibras do músculo estão sendo destruídas (rabdomiólise).',
  },
  'muscle-pain-despite-painkillers': {
    title: 'Dor forte nos músculos depois de um treino, e os analgésicos não ajudaram',
    trigger: '8 de 10 ou pior; tomou analgésicos e eles não ajudaram; sem um momento súbito; ligada a um treino; e 7 dias ou menos desde que começou.',
    why: 'Uma dor totalmente desproporcional, que os analgésicos não aliviam em nada, é o primeiro sinal do aumento da pressão dentro dos músculos das costas (síndrome compartimental), que pode precisar de cirurgia imediatamente. Depois de um treino pesado, é também assim que aparece a destruição das fibras do músculo (rabdomiólise). Os dois casos precisam de atendimento no pronto-socorro.',
  },
  'red-flag-trauma': {
    title: 'Começou com uma queda ou uma pancada',
    trigger: 'A dor começou com uma queda, uma colisão, uma pancada ou um peso caindo em cima da pessoa.',
    why: 'Pode haver um osso quebrado, e um médico deve avaliar isso no mesmo dia. Um acidente grave é motivo para ligar para o número de emergência.',
  },
  'red-flag-fever': {
    title: 'Febre ou mal-estar',
    trigger: 'Febre, calafrios ou mal-estar geral.',
    why: 'Dor nas costas com febre pode vir de uma infecção, na coluna ou nos rins. Entre 1.000 pessoas atendidas com dor nas costas em um pronto-socorro, a febre foi o sinal mais forte de uma causa grave.',
  },
  'red-flag-urinary': {
    title: 'Ardência ou sangue ao fazer xixi, ou dor na lateral do corpo',
    trigger: 'Ardência ao fazer xixi, sangue no xixi ou dor na lateral do corpo, abaixo das costelas.',
    why: 'Esses sinais apontam para os rins ou a bexiga, e não para os músculos das costas, e uma infecção nos rins precisa de tratamento no mesmo dia.',
  },
  'red-flag-cannot-walk': {
    title: 'Não consegue andar ou cuidar de si',
    trigger: 'Não consegue andar nem ficar de pé, ou não consegue cuidar de si por causa da dor.',
    why: 'Uma dor que impede a pessoa de se locomover ou de cuidar de si precisa de ajuda médica no mesmo dia, seja qual for a causa.',
  },
  'red-flag-breathing-pain': {
    title: 'Dor aguda ao puxar o ar',
    trigger: 'Dor aguda na parte alta das costas, na lateral do corpo ou no peito ao respirar fundo.',
    why: 'Na maioria das vezes, é uma distensão muscular entre as costelas. Mas, em corredores, um coágulo no pulmão (embolia pulmonar) já começou como uma dor em uma só omoplata, que fica aguda ao puxar o ar, e um pulmão colapsado dói do mesmo jeito. Com falta de ar ou tosse com sangue, é uma emergência.',
  },
  'severe-delayed-muscle-pain': {
    title: 'Dor forte nos músculos nos dias depois de um treino pesado',
    trigger:
      'Sem um momento súbito; começou algumas horas ou um dia depois do treino, nos músculos que mais trabalharam; 8 de 10 ou pior; e 3 dias ou menos desde que começou.',
    why: 'A destruição das fibras do músculo (rabdomiólise por esforço) e o aumento da pressão nos músculos das costas (síndrome compartimental) começam como a dor muscular, só que muito piores. Houve casos depois de levantamento terra, extensão lombar, remada e aulas de spinning que acabaram no hospital. Um exame de sangue simples para lesão muscular (CK) detecta o problema, por isso um médico deve avaliar isso no mesmo dia.',
  },
  'severe-unrelenting': {
    title: 'Dor forte que nada alivia',
    trigger: '8 de 10 ou pior, sem melhora em repouso nem em nenhuma posição, e 13 dias ou menos desde que começou.',
    why: 'Uma dor que o repouso, a mudança de posição e os analgésicos não aliviam em nada é como o aumento da pressão nos músculos das costas (síndrome compartimental) e a destruição das fibras do músculo (rabdomiólise) já apareceram, tanto dias depois do treino quanto logo depois dele. Uma dor tão forte que nada alivia deve ser avaliada por um médico no mesmo dia, seja qual for o motivo.',
  },
  'severe-not-easing': {
    title: 'Dor forte que não alivia depois de 3 dias',
    trigger: '8 de 10 ou pior, de 4 a 13 dias desde que começou, e não está melhorando.',
    why: 'A dor muscular é mais forte nos 3 primeiros dias e depois alivia, e uma distensão também já deveria começar a aliviar. Uma dor forte que ainda não está aliviando nessa altura não é o que o treino causa, e uma pessoa que fazia musculação, cuja dor muscular virou uma dor constante de 9 de 10 no dia 4, precisou ir ao pronto-socorro. Um médico deve avaliar isso no mesmo dia.',
  },
  'severe-despite-painkillers': {
    title: 'Dor forte, e os analgésicos não ajudaram',
    trigger: '8 de 10 ou pior, tomou analgésicos e eles não ajudaram, e 13 dias ou menos desde que começou.',
    why: 'Uma dor desproporcional, que os analgésicos não aliviam, é um sinal precoce típico do aumento da pressão nos músculos (síndrome compartimental). Depois de uma fisgada súbita, é mais provável que seja uma distensão séria, mas uma dor tão forte ainda precisa de um médico no mesmo dia.',
  },
  'red-flag-cancer-history': {
    title: 'Tem ou já teve câncer',
    trigger: 'Tem ou já teve câncer.',
    why: `Ter ou já ter tido câncer ${seriousCause}`,
  },
  'red-flag-weight-loss': {
    title: 'Perda de peso sem tentar',
    trigger: 'Perdeu peso sem tentar.',
    why: `Perder peso sem tentar ${seriousCause}`,
  },
  'red-flag-night-pain': {
    title: 'Dor constante à noite',
    trigger: 'Dor constante à noite que nenhuma posição alivia.',
    why: `A dor causada pelo treino alivia com repouso e com a mudança de posição. Uma dor que não alivia ${seriousCause}`,
  },
  'red-flag-steroids': {
    title: 'Corticoide por muito tempo ou ossos enfraquecidos',
    trigger: 'Toma comprimidos de corticoide há muito tempo ou tem osteoporose (ossos enfraquecidos).',
    why: `Ossos mais fracos podem quebrar com as cargas do treino, por isso este ${seriousCause}`,
  },
  'red-flag-immune': {
    title: 'Sistema imunológico fraco ou uso de drogas injetáveis',
    trigger: 'Sistema imunológico enfraquecido, ou usa drogas injetáveis.',
    why: `Os dois tornam mais provável uma infecção na coluna, por isso este ${seriousCause}`,
  },
  'over-50-not-linked': {
    title: '50 anos ou mais, e sem ligação com um treino',
    trigger: '50 anos ou mais, e a dor não tem uma ligação clara com um treino.',
    why: 'A partir dos 50 anos, uma causa grave e rara de dor nas costas, como o câncer, fica mais provável, e uma dor que não veio depois de um treino não tem um treino que a explique.',
  },
  'pain-below-knee': {
    title: 'Dor que se espalha abaixo do joelho',
    trigger: 'A dor se espalha abaixo do joelho, para a panturrilha ou o pé.',
    why: 'É assim que aparece um nervo comprimido nas costas (ciática). Geralmente melhora em 4 a 6 semanas, mas um médico deve examinar os nervos.',
  },
  'no-relief-at-rest': {
    title: 'Não alivia em repouso',
    trigger: 'Descansar não ajuda, ou nenhuma posição é confortável.',
    why: 'A dor de músculos que trabalharam alivia quando eles descansam. Uma dor que não alivia pode ter outra causa.',
  },
  'worse-after-3-days': {
    title: 'Piorando depois de 3 dias',
    trigger: 'Está piorando, e já se passaram 3 dias ou mais desde que começou.',
    why: 'A dor muscular é mais forte 1 a 3 dias depois de um treino e depois alivia. Uma dor que continua aumentando depois disso não é dor muscular.',
  },
  'not-improving-after-7-days': {
    title: 'Sem melhorar depois de uma semana',
    trigger: 'Não está melhorando, e já se passaram 7 dias ou mais desde que começou.',
    why: 'A dor muscular passa em cerca de 5 a 7 dias, e a maioria das distensões já começou a melhorar em uma semana.',
  },
  'lasting-14-days': {
    title: 'Ainda presente depois de 2 semanas',
    trigger: 'Já se passaram 14 dias ou mais desde que começou.',
    why: 'A maior parte da dor nas costas causada pelo treino está muito melhor em 2 semanas, bem depois do tempo que a dor muscular dura.',
  },
  'sudden-moment': {
    title: 'Um começo súbito',
    trigger: 'A pessoa consegue dizer o momento em que começou: uma fisgada, um estalo, uma travada ou a sensação de que algo cedeu.',
    why: 'Uma distensão começa em um momento exato, durante o movimento que a causou. A dor muscular aparece aos poucos.',
  },
  'started-during-workout': {
    title: 'Começou durante o treino',
    trigger: 'A dor começou durante o treino.',
    why: 'Uma distensão começa logo depois do movimento que a causou. A dor muscular aparece 12 a 24 horas depois.',
  },
  'not-linked-to-workout': {
    title: 'Sem ligação com um treino',
    trigger: 'A dor não tem uma ligação clara com um treino.',
    why: 'A dor muscular vem depois de um treino, 12 a 24 horas depois dele. Sem essa ligação, não é dor muscular.',
  },
  'sharp-pain': {
    title: 'Dor aguda, em choque ou em queimação',
    trigger: 'A dor é aguda ou em pontadas, em choque ou como uma descarga elétrica, ou em queimação.',
    why: 'A dor muscular é uma dor surda e incômoda ou uma rigidez espalhada pelos músculos. Uma distensão é mais aguda.',
  },
  'one-side': {
    title: 'Só de um lado',
    trigger: 'A dor é só de um lado.',
    why: 'Uma distensão costuma ficar em um ponto, muitas vezes de um lado. A dor muscular se espalha pelos músculos que trabalharam, muitas vezes dos dois lados.',
  },
  'aches-at-rest': {
    title: 'Dói em repouso',
    trigger: 'Melhora em repouso, mas ainda dói.',
    why: 'A dor muscular aparece quando os músculos se mexem ou se alongam, não em repouso. Uma distensão dói também em repouso.',
  },
  'not-where-you-trained': {
    title: 'Não está onde os músculos mais trabalharam',
    trigger: 'A dor não está onde os músculos mais trabalharam nesse treino.',
    why: 'A dor muscular é sentida exatamente nos músculos que receberam carga.',
  },
  'spreads-to-buttock-or-thigh': {
    title: 'Se espalha para uma nádega ou uma coxa',
    trigger: 'A dor se espalha para uma nádega ou uma coxa, mas não passa do joelho.',
    why: 'A dor muscular fica nos músculos que trabalharam. Uma dor que se espalha torna a dor muscular menos provável.',
  },
  'severe-pain': {
    title: '8 de 10 ou pior',
    trigger: 'A pior dor nas últimas 24 horas é 8 de 10 ou mais.',
    why: 'Uma dor nos músculos mais forte do que o esperado não é a dor muscular comum. Quando nada a alivia, quando não está aliviando depois de 3 dias, quando os analgésicos não ajudaram ou quando começou nos primeiros dias depois de um treino pesado, as regras acima encaminham para um médico.',
  },
  'outlasting-soreness': {
    title: 'Dura mais do que a dor muscular',
    trigger: '7 dias ou mais desde que começou, ou 4 dias ou mais e sem melhorar.',
    why: 'A dor muscular é mais forte nos 3 primeiros dias, depois alivia e passa em cerca de uma semana.',
  },
  'came-on-gradually': {
    title: 'Apareceu aos poucos, depois do treino',
    trigger: 'Sem um momento súbito, e apareceu algumas horas ou 1 a 3 dias depois do treino.',
    why: 'A dor muscular começa 12 a 24 horas depois de um esforço pesado ou fora do costume, e é mais forte depois de 1 a 3 dias.',
  },
  'dull-or-tight': {
    title: 'Dor surda, ou sensação de tensão e rigidez',
    trigger: 'A dor é surda e incômoda, ou dá sensação de tensão ou rigidez.',
    why: 'A dor muscular é surda, espalhada e com rigidez.',
  },
  'eases-at-rest': {
    title: 'Fica bem em repouso',
    trigger: 'Só dói ao se mexer, se curvar ou se alongar, e fica bem em repouso.',
    why: 'A dor muscular aparece quando os músculos se mexem, não quando descansam.',
  },
  'where-you-trained': {
    title: 'Nos músculos que trabalharam',
    trigger: 'Está onde os músculos mais trabalharam, fica nas costas e está no meio ou dos dois lados.',
    why: 'A dor muscular é sentida exatamente onde os músculos receberam carga, muitas vezes dos dois lados.',
  },
  'within-soreness-window': {
    title: 'Dentro dos dias que a dor muscular dura',
    trigger: 'Menos de 4 dias desde que começou, ou menos de 7 e melhorando.',
    why: 'A dor muscular é mais forte 1 a 3 dias depois de um treino e passa em 5 a 7 dias.',
  },
  'mixed-picture': {
    title: 'Algumas respostas combinam com dor muscular, outras não',
    trigger: 'Pelo menos uma resposta combina com o quadro de dor muscular e pelo menos uma não combina.',
    why: 'A dor muscular só explica a dor nas costas quando todas as partes do seu quadro se confirmam. Qualquer coisa súbita, aguda, de um lado só ou que dói em repouso aponta para uma distensão.',
  },
};
