// Server bundle: src/main.ts -> build/Code.js, one classic script whose entry points are
// top-level function declarations (gas-webpack-plugin), TypeScript compiled by esbuild-loader.
const path = require('node:path');
const GasPlugin = require('gas-webpack-plugin');

module.exports = {
  mode: 'production',
  context: __dirname,
  entry: './src/main.ts',
  target: ['web', 'es2020'],
  devtool: false,
  output: {
    path: path.resolve(__dirname, 'build'),
    filename: 'Code.js',
    iife: true,
    environment: { arrowFunction: true, const: true },
  },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        loader: 'esbuild-loader',
        options: { loader: 'ts', target: 'es2020' },
      },
    ],
  },
  optimization: {
    // Readable code in the Apps Script editor and in stack traces; the bundle is small.
    minimize: false,
    // gas-webpack-plugin pitfall: usedExports in production references __webpack_exports__.
    usedExports: false,
  },
  performance: { hints: false },
  plugins: [
    // Only our own sources may declare entry points; no dependency's global becomes a stub.
    new GasPlugin({ include: ['src/**/*.ts'] }),
  ],
};
