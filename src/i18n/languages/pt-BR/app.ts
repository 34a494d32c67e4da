import type { AppText } from '../../en/app';
export const app: AppText = {
  skipToMain: 'Pular para o conteúdo principal',
  /** The page's name in the browser tab. */
  title: (page: string) => `${page} – Backcheck`,
  errorTitle: (page: string) => `Erro: ${page} – Backcheck`,
  footer: 'O Backcheck dá orientações gerais depois do treino. Não é um diagnóstico. As suas respostas ficam neste dispositivo.',
  yourChecks: 'Suas verificações',
  forCoaches: 'Treinadores: criem um link para os seus atletas',
  languageLabel: 'Idioma',
  languageNotLoaded: 'Não foi possível carregar este idioma. Verifique a sua conexão e tente de novo.',
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
};
