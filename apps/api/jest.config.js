import { jestConfig } from '@kbc/jest-config';

export default jestConfig();
