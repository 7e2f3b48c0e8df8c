import { createApp } from 'vue';
import App from './App.vue';
import './common/base.css';

createApp(App).mount('#app');
