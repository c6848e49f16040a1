import { startApp } from './app.ts';

void startApp();
