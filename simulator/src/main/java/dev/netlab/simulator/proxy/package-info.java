/**
 * Proxies assembled as a library: a {@link dev.netlab.simulator.proxy.ProxySpec} says what to do,
 * {@link dev.netlab.simulator.proxy.UdpProxy} and {@link dev.netlab.simulator.proxy.TcpProxy} start
 * the engine, ledgers, relay and phase schedule together and report live status and a summary.
 * The command line, the runs and a test author all start proxies here; printing and flags belong
 * to the caller, sockets and emulation to the relay packages.
 */
package dev.netlab.simulator.proxy;
