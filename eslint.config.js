import kbc from '@kbc/eslint-config';

export default kbc;
