import { countWith } from '../../count';
import type { CoachText } from '../../en/coach';

const characters = (max: number) => countWith('pt-BR', max, { one: 'caractere', many: 'de caracteres', other: 'caracteres' });

export const coach: CoachText = {
  // The coach's page
  makeLinkTitle: 'Crie um link para os seus atletas',
  makeLinkIntro: 'Envie aos seus atletas um link para o Backcheck com o seu nome, ou coloque o código QR dele na parede.',
  traineesAnswer: 'Seus atletas respondem a algumas perguntas rápidas no próprio celular e veem o que fazer. Nada é enviado para você nem para mais ninguém.',
  theySendResult: 'Se quiserem, eles enviam o resultado para você como um link, com o primeiro nome, se desejarem.',
  youSeeWhatItMeans: 'Você vê o que isso significa para o treino deles e pode guardar o resultado na sua lista de atletas, só neste dispositivo.',
  seeTraineesList: 'Ver sua lista de atletas',
  yourName: 'Seu nome',
  nameHint: (max: number) => `Seus atletas verão “Enviado pelo seu treinador” e este nome. Até ${characters(max)}.`,
  sportLegend: 'Em qual modalidade você atua como treinador?',
  sportHint: 'Seus atletas não precisarão dizer qual treino fizeram.',
  sportRequired: 'Selecione a modalidade em que você atua, ou deixe cada atleta informar',
  letEachTraineeSay: 'Deixar cada atleta informar',
  makeLink: 'Criar link',
  yourLink: 'Seu link',
  sendThisLink: 'Envie este link aos seus atletas',
  copyLink: 'Copiar link',
  linkCopied: 'Link copiado.',
  selectAndCopy: 'Selecione o link acima e copie.',

  // A coach's name
  nameRequired: 'Digite seu nome',
  nameTooLong: (max: number) => `Seu nome deve ter no máximo ${characters(max)}`,
  nameStartsWithLetter: 'Seu nome deve começar com uma letra',
  nameCharacters: 'Seu nome só pode ter letras, números, espaços, pontos, hífens e apóstrofos',
  nameAccents: 'Seu nome só pode ter até 3 acentos em cada letra',

  // The QR code and the poster
  qrHeading: 'Código QR',
  qrScan: 'Seus atletas podem escaneá-lo com a câmera do celular para abrir o seu link.',
  qrLabel: (url: string) => `Código QR do seu link: ${url}`,
  downloadSvg: 'Baixar o código QR (SVG)',
  downloadPng: 'Baixar o código QR (PNG)',
  printPoster: 'Imprimir um cartaz',
  posterTitle: 'Dor nas costas depois do treino?',
  posterLead: 'Escaneie para descobrir em 2 minutos se é uma dor muscular normal, uma provável distensão muscular ou um motivo para consultar um médico.',
  posterSentBy: (name: string) => `Enviado pelo seu treinador ${name}. Sem cadastro: suas respostas ficam no seu celular, a menos que você decida enviá-las.`,

  // The trainees' list
  teamTitle: 'Resultados dos seus atletas',
  keptHere:
    'Guardados só neste dispositivo. Nada é enviado para lugar nenhum: cada resultado chegou em um link que um atleta decidiu enviar a você, e fica aqui até você apagá-lo.',
  noResultsYet: 'Ainda não há resultados guardados. Quando um atleta enviar o resultado dele, abra o link e escolha “Guardar na minha lista de atletas”.',
  newestFirst: 'Os mais recentes primeiro. Resultados enviados sem nome aparecem um por um, porque o Backcheck não tem como saber de quem são.',
  latestResult: (result: string, on: string) => `Último resultado: ${result}, de ${on}.`,
  latestResultUndated: (result: string) => `Último resultado: ${result}, de uma data desconhecida.`,
  painChartTitle: (name: string) => `Dor de ${name} numa escala até 10, resultado por resultado`,
  dateNotKnown: 'Data desconhecida',
  unnamedHeading: (on: string) => `Um atleta, ${on}`,
  unnamedHeadingUndated: 'Um atleta, data desconhecida',
  sentWithoutName: 'Enviado sem nome, por isso aparece separado.',
  summary: (result: string, severity: number, began: string, kept: string) =>
    `Resultado: ${result}. Dor: ${severity} de 10. Começou ${began}. Guardado em ${kept}.`,
  /* The name of one result, said after “Ver” and “Apagar”. */
  resultLabel: (name: string, on: string) => `o resultado de ${name} (${on})`,
  resultLabelUndated: (name: string, kept: string) => `o resultado de ${name} sem data conhecida, guardado em ${kept}`,
  unnamedLabel: (on: string) => `o resultado de um atleta (${on})`,
  unnamedLabelUndated: (kept: string) => `o resultado de um atleta sem data conhecida, guardado em ${kept}`,
  numberedLabel: (label: string, position: number, count: number) => `${label}, ${position} de ${count}`,
  seeTheResult: 'Ver o resultado',
  seeResult: (label: string) => `Ver ${label}`,
  deleteFromTheList: 'Apagar da lista',
  deleteResult: (label: string) => `Apagar ${label} da lista`,
  deleteQuestion: (label: string) => `Apagar ${label} da sua lista?`,
  yesDeleteIt: 'Sim, apagar',
  deleteAll: 'Apagar tudo',
  deleteAllQuestion: 'Apagar todos os resultados da sua lista de atletas neste dispositivo?',
  yesDeleteAll: 'Sim, apagar todos',
};
