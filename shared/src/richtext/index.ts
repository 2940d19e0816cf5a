export * from './lexicalToHtml'
