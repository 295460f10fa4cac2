/**
 * Setup file of vitest's `gpu` project (vitest.config.ts): Dawn becomes `navigator.gpu` in each test process,
 * so the GPU tests (core/testing/gpu-test-device.ts) ask for a device through the standard WebGPU API.
 */
import { installDawnNavigator } from '../dawn-device.ts';

installDawnNavigator();
