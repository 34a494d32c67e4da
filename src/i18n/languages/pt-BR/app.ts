import type { AppText } from '../../en/app';
import type { ReviewLevel } from '../../languages';

export const app: AppText = {
  skipToMain: 'Pular para o conteúdo principal',
  /** The app's name and description where a browser offers to install it (the web manifest). */
  manifestName: 'Backcheck: dor nas costas depois do treino',
  manifestDescription:
    'Dor nas costas depois do treino? Descubra se é uma dor muscular normal, uma provável distensão muscular ou um motivo para consultar um médico.',
  /** The page's name in the browser tab. */
  title: (page: string) => `${page} – Backcheck`,
  errorTitle: (page: string) => `Erro: ${page} – Backcheck`,
  footer: 'O Backcheck dá orientações gerais depois do treino. Não é um diagnóstico. As suas respostas ficam neste dispositivo.',
  yourChecks: 'Suas verificações',
  forCoaches: 'Treinadores: criem um link para os seus atletas',
  languageLabel: 'Idioma',
  languageNotLoaded: 'Não foi possível carregar este idioma. Verifique a sua conexão e tente de novo.',
  translationStatus: {
    machine: 'Traduzido por máquina, ainda não revisado por uma pessoa nem por um profissional de saúde.',
    reviewed: 'Traduzido e revisado por uma pessoa fluente no idioma, ainda não por um profissional de saúde.',
    'clinically-reviewed': 'Traduzido e revisado por um profissional de saúde que fala o idioma.',
  } satisfies Record<ReviewLevel, string>,
  inEnglish: 'Ler esta página em inglês',
  savedNoticeLabel: 'Suas respostas salvas',
  hideMessage: 'Ocultar esta mensagem',
  newVersionLabel: 'Uma nova versão',
  newVersionReady: 'Uma nova versão do Backcheck está pronta.',
  useNewVersion: 'Usar a nova versão',
  notFound: 'Página não encontrada',
  notFoundCheck: 'Se você digitou ou colou o endereço, confira se ele está correto.',
  goToStart: 'Ir para o início',
  notLoaded: 'Não foi possível carregar esta página',
  notLoadedWhy:
    'O Backcheck não conseguiu buscar esta página. A conexão pode ter caído, ou uma nova versão do Backcheck pode ter sido lançada depois que esta página foi aberta.',
  wentWrong: 'Desculpe, algo deu errado',
  wentWrongWhy: 'O Backcheck não conseguiu mostrar esta página.',
  nothingLost: 'Nada do que você respondeu foi perdido: as suas respostas estão guardadas neste dispositivo.',
  tryAgain: 'Tentar de novo',
  errorSummary: 'Há um problema',
  back: 'Voltar',
  /** Before an error message, for screen readers. */
  errorPrefix: 'Erro:',
  cancel: 'Cancelar',
  showFewer: 'Mostrar menos',
  change: 'Alterar',
  /** Read by screen readers after “Alterar”, for a row whose key is a question. */
  changeAnswerTo: (question: string) => `Alterar sua resposta à pergunta: ${question}`,
  /** For a row whose key is not a question. */
  changeThing: (thing: string) => `Alterar ${thing.toLowerCase()}`,
};
