// .sql files are bundled as text (esbuild loader 'text', a Vite plugin in tests).
declare module '*.sql' {
  const sql: string;
  export default sql;
}
