// The model shipped with the extension, decoded on first use: the worker pays
// for it once per start, and a build that never analyses never decodes it.
import weights from './weights.json';
import { loadModel, type LinearModel, type ModelFile } from './linear.ts';

let model: LinearModel | undefined;

export function bundledModel(): LinearModel {
  model ??= loadModel(weights as ModelFile);
  return model;
}
