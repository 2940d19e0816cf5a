// vnu-jar ships no types: its CommonJS export is the path of vnu.jar (a String object).
declare module 'vnu-jar' {
  const vnuJarPath: string
  export default vnuJarPath
}
