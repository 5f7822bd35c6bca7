"""Paraphrase families per intent: the hand-written half of the training data.

Each intent has ``nouns`` (noun phrases, wrapped in many request frames by
:mod:`nornir_nlchat.models.data`: "show me the …", "…?", "can you pull …") and ``asks``
(whole requests, used as they are, with noise added). Braces mark slot values filled in by
the generator with varied spellings: ``{intf}`` interface, ``{ip}``, ``{prefix}``, ``{mac}``,
``{vlan}`` (VLAN with its keyword: "vlan 20"), ``{vrf}`` (with its keyword: "vrf BLUE"),
``{acl}`` (with its keyword), ``{n}`` a count, ``{word}`` a log keyword, ``{proto}`` a
routing protocol and ``{section}`` a configuration section (both predicted by the model).

Written for this module; none of it comes from an evaluation set.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Family:
    """The phrasings of one intent."""

    nouns: tuple[str, ...] = ()
    asks: tuple[str, ...] = ()


def _lines(block: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in block.strip().splitlines() if line.strip())


def _f(nouns: str = "", asks: str = "") -> Family:
    return Family(nouns=_lines(nouns), asks=_lines(asks))


FAMILIES: dict[str, Family] = {
    # ---- system ---------------------------------------------------------------------------
    "version": _f("""
        software version
        os version
        firmware version
        code version
        running software
        current release
        image version and model
        version info
        sw version
        software release
        version details
        operating system version
        installed code level
    """, """
        what version is it running
        which release is this box on
        what code is the switch on
        what firmware does it run
        which os version is installed
        is it on the latest software
        what software is loaded
        tell me the version
        version?
        what build is running on the router
        hardware model and software version
    """),
    "uptime": _f("""
        uptime
        system uptime
        time since the last boot
        up time of the device
        how long it has been running
        time since restart
    """, """
        how long has the box been up
        how long since the last reboot
        when did it last boot up
        how long has this switch been running
        how many days has it been up
        has it been up long
        uptime of the router?
        how long since it restarted
        been up how long
    """),
    "reload_cause": _f("""
        reason for the last reload
        last reboot reason
        reload cause
        restart reason
        reboot history
        cause of the last restart
        last reset reason
    """, """
        why did it reboot
        why did the switch restart last time
        what caused the last reload
        why did the router crash and reload
        when and why did it last restart
        did it reboot because of a crash
        why was the box reset
    """),
    "cpu": _f("""
        cpu usage
        cpu utilisation
        cpu utilization
        processor load
        cpu load
        busiest processes
        top processes
        cpu percentage
        control plane cpu
        processes sorted by cpu
        cpu stats
    """, """
        how busy is the cpu
        is the cpu high
        which process is eating the cpu
        is the processor maxed out
        how loaded is the cpu right now
        what's using all the cpu
        cpu spiking?
        is the box cpu bound
        what is the cpu at
    """),
    "memory": _f("""
        memory usage
        memory utilisation
        ram usage
        free memory
        memory stats
        memory consumption
        used memory
        heap usage
        available ram
    """, """
        how much memory is used
        how much ram is left
        is it running out of memory
        which process uses the most memory
        is memory usage high
        how much free ram does the switch have
        memory leak?
    """),
    "clock": _f("""
        clock
        system clock
        current time
        date and time
        device time
        local time on the device
        timezone setting
    """, """
        what time is it on the router
        what date does the box have
        what's the clock set to
        is the clock right
        what time does the switch say
        current date on the device?
    """),
    "users": _f("""
        logged in users
        active sessions
        ssh sessions
        vty sessions
        current users
        cli sessions
        login sessions
        connected users
    """, """
        who is logged in
        who else is on the box
        is anyone else connected to the cli
        who's logged on right now
        which users are connected
        anybody else on this switch
    """),
    "env_temperature": _f("""
        temperature
        temperature readings
        temperature sensors
        thermal status
        inlet temperature
        chassis temperature
        temps
    """, """
        is it overheating
        how hot is the switch
        is the box running hot
        what temperature is it at
        any thermal alarms
        is the temperature ok
    """),
    "env_fans": _f("""
        fan status
        fans
        fan tray status
        cooling status
        fan speed
        fan health
    """, """
        are the fans working
        are all fans spinning
        is a fan broken
        any failed fans
        how are the fans doing
    """),
    "env_power": _f("""
        power supply status
        power supplies
        psu status
        psu health
        power supply units
        redundant power status
    """, """
        are both power supplies up
        is a psu down
        did we lose a power supply
        are the psus ok
        is power redundancy ok
    """),
    "environment": _f("""
        environment status
        environmental sensors
        hardware health
        environment readings
        all sensor readings
        fans temperature and power
        environmentals
    """, """
        how are fans, temps and psus
        is the hardware healthy
        check temperature fans and power supplies
        any environmental alarms
        sensor status for fans and power
        full environment report
    """),
    "serial": _f("""
        serial number
        chassis serial
        serial numbers
        s/n
        serial no
        device serial
    """, """
        what is the serial of this box
        what's the switch serial number
        which serial number does the router have
        give me the sn for support
        serial for the rma
    """),
    "inventory": _f("""
        hardware inventory
        inventory
        part numbers
        installed hardware
        hardware components
        pids and serials
        chassis inventory
    """, """
        what hardware is installed
        what parts are in the chassis
        list every component with its part number
        which pids are in this box
    """),
    "modules": _f("""
        modules
        line cards
        installed modules
        module status
        linecards
        supervisor modules
        blades
    """, """
        which line cards are installed
        what modules are in the chassis
        are all modules online
        is the supervisor module ok
        what is in each slot
    """),
    "alarms": _f("""
        active alarms
        chassis alarms
        system alarms
        alarm status
        alarms
        current alarms
        alarm list
        facility alarms
        major and minor alarms
        alarm table
    """, """
        are there any alarms
        is any alarm active
        is the alarm led lit
        does the chassis report any alarm
        any major alarms right now
        what alarms are raised
        is anything alarming on the box
    """),
    "licenses": _f("""
        licenses
        license status
        licence usage
        installed licences
        license summary
        entitlements
    """, """
        which licenses are installed
        is the license expired
        what features are licensed
        are we licensed for this
    """),
    "filesystem": _f("""
        flash contents
        files on flash
        directory listing
        free space on flash
        storage usage
        file system
        bootflash contents
        disk space
        files on the disk
    """, """
        what files are on the flash
        how much space is left on flash
        list the files in bootflash
        is the disk full
        what's stored on the device
        dir of flash
    """),
    "boot_images": _f("""
        firmware images
        boot image
        installed images
        primary and secondary images
        boot variable
        software images
        image partitions
        boot settings
    """, """
        which image will it boot
        what images are installed
        which firmware is on the primary partition
        what is the boot variable set to
        which image is on the secondary
    """),
    "logs": _f("""
        logs
        log
        syslog
        log buffer
        event log
        logging buffer
        system log
        log messages
        events
    """, """
        what's in the log
        anything in the logs
        show me what the logs say
        read the syslog
        any events logged
        check the log for problems
    """),
    "logs_recent": _f("""
        recent logs
        latest log messages
        last {n} log lines
        newest log entries
        most recent syslog messages
        last {n} events
        tail of the log
        latest events
        last {n} log entries
        logs newest first
    """, """
        what happened most recently in the log
        show the last {n} logs
        what are the latest messages
        tail the log
        most recent {n} log messages
        give me the newest events
    """),
    "logs_filtered": _f("""
        logs mentioning {word}
        log lines containing {word}
        log entries matching {word}
        {word} messages in the log
        syslog entries about {word}
        events related to {word}
        log messages with "{word}"
    """, """
        grep the log for {word}
        any {word} messages in the logs
        search the logs for {word}
        what does the log say about {word}
        filter the logs by {word}
        find {word} in the syslog
    """),
    "ntp_status": _f("""
        ntp status
        ntp sync status
        time sync state
        clock synchronisation
        ntp synchronization
    """, """
        is ntp synchronised
        is the clock synced
        is time in sync
        are we synced to ntp
        is ntp working
        is the time source reachable
    """),
    "ntp_associations": _f("""
        ntp associations
        ntp peers
        ntp servers
        configured time servers
        ntp sources
    """, """
        which ntp servers does it use
        which time servers are configured
        who is it getting time from
        list the ntp peers and their state
    """),
    # ---- interfaces -----------------------------------------------------------------------
    "interfaces_all": _f("""
        all interfaces in detail
        every interface
        full interface details
        detailed interface info
        interfaces
        all ports with counters
        complete interface output
    """, """
        show everything about every port
        full details for all interfaces
        all the interface information
        list every port in full
    """),
    "interfaces_brief": _f("""
        interface summary
        brief interface list
        interfaces brief
        port overview
        one line per interface
        short list of interfaces
        quick overview of the ports
        terse interface list
        interface table
    """, """
        give me a quick view of all ports
        summarise the interfaces
        brief status of all the ports
        one line per port please
    """),
    "interfaces_status": _f("""
        interface status
        port status
        link states
        port states
        interfaces up or down
        status of all ports
        link status of every port
        operational state of the ports
    """, """
        which ports are up
        which interfaces are down
        what links are down
        are any ports down
        which ports are connected
        is any interface not connected
        list ports and whether they are up
    """),
    "interfaces_description": _f("""
        interface descriptions
        port descriptions
        port labels
        descriptions of all ports
        interface names and descriptions
        port aliases
    """, """
        what is each port labelled
        what is connected per the port descriptions
        which ports have a description
        list the descriptions on every interface
    """),
    "interface_description": _f("""
        description of {intf}
        {intf} description
        label on {intf}
        the description set on {intf}
    """, """
        what is {intf} labelled
        what description does {intf} have
        what does the description on {intf} say
    """),
    "interface_one": _f("""
        {intf}
        interface {intf}
        details of {intf}
        status of {intf}
        {intf} details
        {intf} status
        info on {intf}
        state of {intf}
        port {intf}
        {vlan} svi
        svi {vlan}
        the svi of {vlan}
    """, """
        is {intf} up
        tell me about {intf}
        how is {intf} doing
        is {intf} down
        what is going on with {intf}
        is {intf} connected
        what state is {intf} in
        check {intf}
        details on interface {intf}
        {intf} up?
    """),
    "interface_detail": _f("""
        extensive output of {intf}
        extensive details of {intf}
        everything about {intf}
        full details of {intf}
        {intf} extensive
        all counters and settings of {intf}
        detailed view of {intf}
        the complete interface output for {intf}
        {intf} in full detail
    """, """
        show me everything about {intf}
        give me the extensive output for {intf}
        i want all the details of {intf}
        dump every counter and setting of {intf}
        what does the detailed output of {intf} say
    """),
    "interface_errors": _f("""
        errors on {intf}
        {intf} errors
        crc errors on {intf}
        input errors on {intf}
        drops on {intf}
        error counters of {intf}
        discards on {intf}
        {intf} crc count
        fcs errors on {intf}
    """, """
        is {intf} taking errors
        any crcs on {intf}
        is {intf} dropping packets
        does {intf} have input errors
        are there errors on port {intf}
        is {intf} flapping or erroring
    """),
    "interface_counters": _f("""
        counters on {intf}
        {intf} counters
        traffic on {intf}
        packet counters for {intf}
        {intf} statistics
        throughput of {intf}
        bytes in and out on {intf}
        {intf} traffic stats
        rates on {intf}
    """, """
        how much traffic is on {intf}
        what's the throughput on {intf}
        how busy is {intf}
        how many packets went through {intf}
        what rate is {intf} running at
    """),
    "interfaces_errors": _f("""
        interface errors
        errors on all ports
        crc errors per port
        error counters
        input errors on every interface
        drops on all interfaces
        port errors
    """, """
        which ports have errors
        any interfaces with crc errors
        where are we seeing drops
        are any ports erroring
        which links have input errors
    """),
    "interfaces_counters": _f("""
        interface counters
        traffic counters for all ports
        port statistics
        traffic stats per interface
        packet counters on every port
        throughput of all interfaces
    """, """
        how much traffic is each port doing
        which port is busiest
        counters for every interface
    """),
    "interfaces_errdisabled": _f("""
        err-disabled ports
        errdisabled interfaces
        error disabled ports
        ports in err-disable
    """, """
        are any ports err-disabled
        which interfaces are error-disabled
        did anything go errdisabled
        which ports got err disabled
    """),
    "interfaces_trunk": _f("""
        trunk ports
        trunks
        trunk interfaces
        trunking ports
        tagged ports
        dot1q trunks
    """, """
        which ports are trunks
        what ports are trunking
        which interfaces carry tagged vlans
        is anything trunked
    """),
    "interface_switchport": _f("""
        switchport settings of {intf}
        switchport info for {intf}
        access or trunk mode of {intf}
        {intf} switchport
        port mode of {intf}
    """, """
        is {intf} an access port or a trunk
        what mode is {intf} in
        what is the native vlan on {intf}
        what is the access vlan of {intf}
    """),
    "interfaces_switchport": _f("""
        switchport settings
        switchport modes of all ports
        access and trunk modes
        switchport details for every port
    """, """
        which ports are access and which are trunk
        what mode is each switchport in
    """),
    "interface_vlans": _f("""
        vlans on {intf}
        {intf} vlans
        vlan membership of {intf}
        allowed vlans on {intf}
        vlans carried by {intf}
    """, """
        which vlans does {intf} carry
        what vlan is {intf} in
        which vlans are allowed on {intf}
        is {intf} tagged for any vlans
    """),
    "interface_config": _f("""
        config of {intf}
        running config of {intf}
        {intf} config
        configuration of interface {intf}
        {intf} configuration
        settings configured on {intf}
        {intf} setup
        {intf} settings
    """, """
        how is {intf} configured
        what config is on {intf}
        show me what's configured under {intf}
        what's the config for {intf}
        what is set on {intf}
        how is {intf} set up
    """),
    "mgmt_interface": _f("""
        management interface
        mgmt interface
        oob management port
        out of band interface
        mgmt port status
        management ip
    """, """
        what is the management ip
        is the mgmt port up
        how is the out-of-band port set up
    """),
    "ip_interfaces": _f("""
        ip interfaces
        layer 3 interfaces
        interface ip addresses
        routed interfaces
        l3 interfaces and their addresses
        ip addresses on the interfaces
        ip interface brief
    """, """
        which interfaces have an ip address
        what ip addresses are configured
        list the routed ports and their ips
    """),
    "ip_interface_one": _f("""
        ip settings of {intf}
        ip address of {intf}
        layer 3 details of {intf}
        {intf} ip info
        ip config on {intf}
        ip address of the {vlan} svi
    """, """
        what ip does {intf} have
        what's the address on {intf}
        which ip is on interface {intf}
    """),
    "transceivers_all": _f("""
        transceivers
        optics
        sfps
        installed transceivers
        optical modules
        transceiver inventory
        light levels on all optics
    """, """
        which optics are plugged in
        what sfps are installed
        list all the transceivers
        are any optics running low on light
    """),
    "transceiver_one": _f("""
        transceiver on {intf}
        optics on {intf}
        light levels on {intf}
        {intf} optical power
        sfp details for {intf}
        rx power on {intf}
        dom readings of {intf}
        {intf} transceiver
    """, """
        what optic is in {intf}
        what are the light levels on {intf}
        is the sfp in {intf} ok
        how strong is the signal on {intf}
    """),
    "poe_all": _f("""
        poe status
        power over ethernet
        poe budget
        poe usage
        inline power
        poe power draw
    """, """
        how much poe is being used
        how much poe budget is left
        which ports are drawing power
        what powered devices are there
    """),
    "poe_one": _f("""
        poe on {intf}
        {intf} poe
        poe status of {intf}
        inline power on {intf}
        power draw on {intf}
    """, """
        is {intf} delivering power
        how much power is {intf} drawing
        is poe on for {intf}
    """),
    # ---- layer 2 --------------------------------------------------------------------------
    "vlans": _f("""
        vlans
        vlan list
        all vlans
        vlan table
        configured vlans
        vlan database
        vlan summary
    """, """
        which vlans exist
        what vlans are configured
        what vlans are there
        list every vlan
        how many vlans do we have
    """),
    "vlan_one": _f("""
        {vlan}
        {vlan} details
        details of {vlan}
        info on {vlan}
        {vlan} status
        {vlan} info
    """, """
        tell me about {vlan}
        does {vlan} exist
        is {vlan} active
        what is {vlan} called
        what's the name of {vlan}
    """),
    "vlan_ports": _f("""
        ports in {vlan}
        members of {vlan}
        {vlan} members
        interfaces in {vlan}
        {vlan} ports
    """, """
        which ports are in {vlan}
        what interfaces belong to {vlan}
        which ports are members of {vlan}
        who is in {vlan}
    """),
    "mac_all": _f("""
        mac address table
        mac table
        cam table
        mac addresses
        learned macs
        forwarding database
        layer 2 table
        fdb
        bridge table
    """, """
        which macs has it learned
        what mac addresses are known
        dump the cam table
        how many macs are learned
    """),
    "mac_vlan": _f("""
        macs in {vlan}
        mac table for {vlan}
        mac addresses in {vlan}
        {vlan} mac addresses
        cam entries for {vlan}
        learned macs on {vlan}
    """, """
        which macs are in {vlan}
        what mac addresses are learned in {vlan}
        how many macs are in {vlan}
    """),
    "mac_interface": _f("""
        macs on {intf}
        mac addresses on {intf}
        mac table of {intf}
        {intf} mac addresses
        macs learned on {intf}
        cam entries for {intf}
    """, """
        which macs are behind {intf}
        what mac addresses are on port {intf}
        what devices are learned on {intf}
        how many macs on {intf}
    """),
    "mac_find": _f("""
        {mac}
        mac {mac}
        location of {mac}
        port for {mac}
        mac table entry for {mac}
    """, """
        where is {mac}
        find {mac}
        which port is {mac} on
        where is mac {mac} connected
        what port has {mac}
        locate {mac}
        trace mac {mac}
        find mac address {mac}
        is {mac} learned
    """),
    "arp_all": _f("""
        arp table
        arp cache
        arp entries
        ip to mac table
        arp
    """, """
        what's in the arp table
        which ips have arp entries
        dump the arp cache
    """),
    "arp_ip": _f("""
        arp entry for {ip}
        arp for {ip}
        mac of {ip}
        arp {ip}
    """, """
        what mac does {ip} have
        is there an arp entry for {ip}
        which mac is {ip}
        what's the mac address of {ip}
        resolve {ip} to a mac
    """),
    "arp_interface": _f("""
        arp entries on {intf}
        arp table of {intf}
        arp on {intf}
        arp cache for {intf}
        {intf} arp entries
        arp learned on {intf}
        ip to mac bindings on {intf}
    """, """
        which arp entries are on {intf}
        what ips has {intf} resolved
        which hosts have arp entries on {intf}
        what's in the arp table for interface {intf}
        which addresses were learned via arp on {intf}
    """),
    "arp_vrf": _f("""
        arp table in {vrf}
        arp entries for {vrf}
        {vrf} arp table
        arp cache of {vrf}
    """, """
        what's in the arp table of {vrf}
        which arp entries are in {vrf}
    """),
    "stp_summary": _f("""
        spanning tree summary
        stp summary
        stp overview
        spanning-tree overview
        stp port summary
        summary of spanning tree
    """, """
        summarise spanning tree
        give me an stp overview
        quick spanning tree summary
    """),
    "stp_all": _f("""
        spanning tree
        spanning tree status
        stp
        stp state
        spanning-tree details
        stp topology
        rstp status
    """, """
        is spanning tree ok
        what is stp doing
        how does the spanning tree look
        is there an stp problem
    """),
    "stp_vlan": _f("""
        spanning tree for {vlan}
        stp in {vlan}
        {vlan} spanning tree
        stp state of {vlan}
    """, """
        what does stp look like in {vlan}
        who is root for {vlan}
        is {vlan} blocking anywhere
    """),
    "stp_root": _f("""
        root bridge
        stp root
        spanning tree root
        root switch
        root bridge id
    """, """
        which switch is the root
        who is the stp root
        is this switch root
        where is the root bridge
        what is the root bridge for spanning tree
    """),
    "stp_blocked": _f("""
        blocked ports
        stp blocked ports
        blocking ports
        ports in blocking state
        discarding ports
    """, """
        which ports is stp blocking
        is spanning tree blocking anything
        which ports are in discarding state
    """),
    "stp_interface": _f("""
        stp on {intf}
        spanning tree state of {intf}
        {intf} stp state
        spanning-tree details for {intf}
    """, """
        is {intf} blocking
        what stp role does {intf} have
        is stp forwarding on {intf}
    """),
    "lldp_neighbors": _f("""
        lldp neighbors
        lldp neighbours
        neighbors
        neighbouring devices
        lldp peers
        adjacent devices
        connected devices
    """, """
        who are we connected to
        what's plugged into this switch
        which devices are cabled to us
        what is on the other end of the links
        list our neighbors
        which neighbors can we see
    """),
    "lldp_detail": _f("""
        lldp neighbors detail
        detailed lldp neighbours
        full lldp neighbor info
        lldp details
    """, """
        everything lldp knows about the neighbors
        give me the lldp neighbors with all details
    """),
    "lldp_interface": _f("""
        neighbor on {intf}
        lldp neighbor of {intf}
        device connected to {intf}
        lldp info for {intf}
        {intf} neighbor
        far end of {intf}
    """, """
        what is connected to {intf}
        who is on the other side of {intf}
        what device is plugged into {intf}
        what's at the far end of {intf}
        what does {intf} connect to
        which switch is on {intf}
    """),
    "cdp_neighbors": _f("""
        cdp neighbors
        cdp neighbours
        cdp peers
        cdp table
    """, """
        what does cdp see
        which cisco devices are next to us per cdp
        list cdp neighbours
    """),
    "cdp_detail": _f("""
        cdp neighbors detail
        detailed cdp neighbours
        full cdp neighbor info
        cdp details
    """, """
        cdp neighbours with ip addresses and versions
        everything cdp knows about the neighbors
    """),
    "cdp_interface": _f("""
        cdp neighbor on {intf}
        cdp info for {intf}
        {intf} cdp neighbor
    """, """
        what does cdp say is on {intf}
        which device is on {intf} according to cdp
    """),
    "port_channels": _f("""
        port-channels
        port channel summary
        etherchannel status
        lags
        link aggregation
        lag status
        bundles
        aggregated links
        trunk groups
    """, """
        are the port-channels up
        which ports are in the lag
        is the bundle healthy
        are all lag members active
    """),
    "lacp_neighbors": _f("""
        lacp neighbors
        lacp partners
        lacp peers
        lacp neighbour info
        lacp partner details
    """, """
        who is the lacp partner
        is lacp negotiating with the peer
    """),
    "mlag": _f("""
        mlag status
        mlag
        mc-lag state
        multi-chassis lag
        peer link status
        vpc status
        vsx status
    """, """
        is the mlag pair healthy
        is the peer link up
    """),
    "mlag_consistency": _f("""
        vpc consistency parameters
        mlag config-sanity
        mlag config sanity
        vsx config consistency
        mc-lag configuration consistency
        mlag consistency check
        vpc consistency check
        multi-chassis config consistency
        distributed trunking consistency parameters
        peer configuration mismatches
    """, """
        is the mlag config consistent between the peers
        do the vpc peers have matching configuration
        are there any vsx config mismatches
        is multi chassis lag consistent
        does the mlag pair agree on its configuration
        any type 1 inconsistencies on the vpc
    """),
    "fex": _f("""
        fabric extenders
        fex status
        fex
        fexes
        fex units
        attached fabric extenders
        satellite devices
        fabric extender status
    """, """
        are the fabric extenders online
        which fex are attached
        how many fabric extenders are connected
        is any fex offline
        list the fexes and their state
    """),
    "stack": _f("""
        stack status
        stack members
        stacking
        virtual chassis status
        stack ports
    """, """
        are all stack members up
        how many switches are in the stack
        which member is the stack master
    """),
    "dhcp_snooping": _f("""
        dhcp snooping
        dhcp snooping status
        dhcp snooping config
        trusted ports for dhcp snooping
    """, """
        is dhcp snooping on
        is dhcp snooping enabled
        which vlans have dhcp snooping
    """),
    "dhcp_bindings": _f("""
        dhcp snooping bindings
        snooping binding table
        dhcp snooping database
    """, """
        which clients are in the snooping binding table
        what bindings has dhcp snooping learned
    """),
    "dhcp_leases": _f("""
        dhcp leases
        dhcp server bindings
        dhcp pool leases
        addresses handed out by dhcp
    """, """
        which addresses has the dhcp server given out
        who got a lease from this box
        how many dhcp leases are active
    """),
    # ---- layer 3 --------------------------------------------------------------------------
    "routes_all": _f("""
        routing table
        route table
        ip routes
        all routes
        rib
        ipv4 routing table
        the routes
    """, """
        what routes does it have
        what's in the routing table
        which routes are installed
        how many routes are there
    """),
    "route_prefix": _f("""
        route to {prefix}
        route for {prefix}
        {prefix} route
        path to {prefix}
        routing entry for {prefix}
        best route for {prefix}
    """, """
        how do we get to {prefix}
        is {prefix} in the routing table
        do we have a route to {prefix}
        which next hop for {prefix}
        where does traffic to {prefix} go
    """),
    "route_ip": _f("""
        route to {ip}
        route for {ip}
        next hop for {ip}
        path to {ip}
        routing lookup for {ip}
    """, """
        how does traffic reach {ip}
        which route covers {ip}
        what is the next hop to {ip}
        which way do packets go to {ip}
        do we have a route to {ip}
    """),
    "routes_protocol": _f("""
        {proto} routes
        routes learned via {proto}
        {proto} learned routes
        {proto} routes in the rib
        routes from {proto}
        {proto} entries in the routing table
    """, """
        which routes come from {proto}
        what did we learn through {proto}
        only the {proto} routes
        how many {proto} routes are installed
    """),
    "routes_vrf": _f("""
        routes in {vrf}
        routing table of {vrf}
        {vrf} routing table
        {vrf} routes
        route table for {vrf}
    """, """
        what routes are in {vrf}
        what's in the routing table for {vrf}
    """),
    "routes_all_vrfs": _f("""
        routes in every vrf
        routing tables of all vrfs
        all vrf routing tables
        routes across all vrfs
    """, """
        dump the routes for every vrf
        what routes does each vrf have
    """),
    "route_summary": _f("""
        route summary
        routing table summary
        route counts
        number of routes per protocol
    """, """
        how many routes per protocol
        how big is the routing table
        summarise the routing table
    """),
    "routing_protocols": _f("""
        routing protocols
        routing protocol settings
        active routing protocols
        igp config summary
    """, """
        what routing protocols run here
        what routing protocols are enabled
        are we running ospf or bgp
    """),
    "bgp_summary": _f("""
        bgp summary
        bgp neighbors
        bgp peers
        bgp sessions
        bgp peer status
        bgp neighbor states
        ebgp sessions
    """, """
        are the bgp sessions up
        is bgp established
        any bgp peers down
        how many bgp neighbors are up
        are all the bgp peers established
        is bgp flapping
    """),
    "bgp_neighbors": _f("""
        bgp neighbors in detail
        detailed bgp neighbor info
        full bgp neighbor details
        all bgp neighbors with details
    """, """
        everything about every bgp neighbor
        give me the full bgp neighbor output
    """),
    "bgp_neighbor": _f("""
        bgp neighbor {ip}
        bgp peer {ip}
        bgp session with {ip}
        details of bgp neighbor {ip}
        bgp state of {ip}
    """, """
        is the bgp session to {ip} up
        what state is bgp peer {ip} in
        is {ip} established in bgp
        why is bgp to {ip} down
    """),
    "bgp_advertised": _f("""
        routes advertised to {ip}
        prefixes sent to {ip}
        advertised routes for neighbor {ip}
        what we announce to {ip}
    """, """
        what are we advertising to {ip}
        which prefixes do we send to {ip}
        what routes go out to bgp peer {ip}
        what do we announce to neighbor {ip}
    """),
    "bgp_received": _f("""
        routes received from {ip}
        prefixes learned from {ip}
        routes from bgp neighbor {ip}
        received routes from peer {ip}
    """, """
        what routes does {ip} send us
        which prefixes are we getting from {ip}
        what did we learn from bgp peer {ip}
        what is neighbor {ip} advertising to us
    """),
    "bgp_table": _f("""
        bgp table
        bgp rib
        bgp paths
        all bgp prefixes with paths
        bgp routing table
    """, """
        what's in the bgp table
        how many prefixes are in the bgp table
        dump the bgp rib
    """),
    "ospf_neighbors": _f("""
        ospf neighbors
        ospf neighbours
        ospf adjacencies
        ospf peers
        ospf neighbor state
    """, """
        are the ospf adjacencies up
        is ospf full with all neighbors
        which ospf neighbors do we have
        is ospf stuck in exstart
    """),
    "ospf_neighbors_detail": _f("""
        ospf neighbors in detail
        detailed ospf adjacency info
        ospf neighbor details
        full ospf neighbour output
    """, """
        give me the ospf neighbors with all details
    """),
    "ospf_interfaces": _f("""
        ospf interfaces
        interfaces running ospf
        ospf enabled interfaces
        ospf interface details
    """, """
        which interfaces are in ospf
        what interfaces is ospf running on
        which areas are the ospf interfaces in
    """),
    "ospf_database": _f("""
        ospf database
        ospf lsdb
        link state database
        ospf lsas
    """, """
        what lsas are in the ospf database
        dump the link-state database
    """),
    "eigrp_neighbors": _f("""
        eigrp neighbors
        eigrp neighbours
        eigrp peers
        eigrp adjacencies
    """, """
        are the eigrp neighbors up
        which eigrp peers do we have
    """),
    "vrfs": _f("""
        vrfs
        vrf list
        routing instances
        configured vrfs
        vrf summary
    """, """
        which vrfs exist
        what vrfs are configured
        how many routing instances are there
    """),
    "hsrp": _f("""
        hsrp status
        hsrp
        standby groups
        hsrp groups
        hot standby state
    """, """
        is this router hsrp active
        which hsrp groups are standby
        who is the active hsrp router
    """),
    "vrrp": _f("""
        vrrp status
        vrrp
        vrrp groups
        vrrp state
        virtual router state
    """, """
        is this box vrrp master
        who is the vrrp master
        which vrrp groups are backup
    """),
    "acls": _f("""
        access lists
        acls
        all acls
        access-lists
        firewall filters
        packet filters
        acl counters
        hit counts on all access lists
    """, """
        which acls are configured
        what access lists exist
        list every access list
    """),
    "acl_one": _f("""
        {acl}
        {acl} hits
        entries of {acl}
        {acl} with hit counts
        {acl} counters
        contents of {acl}
    """, """
        what does {acl} contain
        what is in {acl}
        is {acl} matching anything
        how many hits on {acl}
    """),
    "ping": _f("""
        ping {ip}
        ping to {ip}
        ping {ip} {n} times
        ping test to {ip}
        reachability of {ip}
    """, """
        ping {ip}
        can we ping {ip}
        is {ip} reachable
        can the switch reach {ip}
        is {ip} responding to ping
        send {n} pings to {ip}
        ping {ip} from {vrf}
        ping {ip} in {vrf}
        is {ip} alive
        can you ping {ip} for me
        test connectivity to {ip}
    """),
    "traceroute": _f("""
        traceroute to {ip}
        trace to {ip}
        path to {ip} hop by hop
        hops to {ip}
    """, """
        traceroute {ip}
        trace the route to {ip}
        what path does traffic take to {ip}
        how many hops to {ip}
        trace {ip}
        where does the path to {ip} break
        tracert to {ip}
    """),
    "ipv6_interfaces": _f("""
        ipv6 interfaces
        ipv6 addresses
        ipv6 interface brief
        v6 interfaces
    """, """
        which interfaces have ipv6
        what ipv6 addresses are configured
    """),
    "ipv6_routes": _f("""
        ipv6 routes
        ipv6 routing table
        v6 routes
        ipv6 rib
    """, """
        what's in the ipv6 routing table
        which ipv6 routes do we have
    """),
    "ipv6_neighbors": _f("""
        ipv6 neighbors
        ipv6 neighbour table
        ipv6 nd cache
        ipv6 neighbor discovery table
    """, """
        which ipv6 neighbors are known
        what's in the ipv6 neighbor cache
    """),
    # ---- configuration --------------------------------------------------------------------
    "running_config": _f("""
        running config
        running-config
        current config
        active configuration
        full config
        live configuration
        the whole config
        configuration
    """, """
        what is the current configuration
        dump the running config
        what's configured on this box
        what does the config look like
    """),
    "running_config_section": _f("""
        {section} config
        {section} configuration
        {section} section of the running config
        the {section} part of the config
        config for {section}
        running config {section} section
        {section} settings in the config
    """, """
        how is {section} configured
        what's the {section} config
        only the {section} part of the running config
        what {section} settings are configured
    """),
    "startup_config": _f("""
        startup config
        startup-config
        saved config
        saved configuration
        config in nvram
        boot config
    """, """
        what is in the saved config
        what config will it boot with
        what does the startup configuration say
    """),
}

# Words and commands that only mean something on some platforms.
PLATFORM_NOUNS: dict[str, dict[str, tuple[str, ...]]] = {
    "cisco_ios": {
        "port_channels": ("etherchannel summary", "etherchannels"),
        "hsrp": ("standby brief",),
        "stack": ("stackwise status", "switch stack members"),
        "version": ("ios version", "ios-xe version"),
        "filesystem": ("flash:", "contents of flash"),
    },
    "cisco_nxos": {
        "mlag": ("vpc", "vpc peer link"),
        "mlag_consistency": ("vpc consistency",),
        "fex": ("fex modules", "n2k fabric extenders"),
        "version": ("nx-os version", "nxos release"),
        "filesystem": ("bootflash", "bootflash: contents"),
        "logs": ("logfile",),
        "cpu": ("system resources",),
    },
    "arista_eos": {
        "mlag": ("mlag", "mlag peer state"),
        "version": ("eos version",),
        "vrrp": ("varp status", "virtual router"),
    },
    "aruba_aoscx": {
        "mlag": ("vsx", "vsx peer status", "vsx isl"),
        "stack": ("vsf", "vsf members"),
        "version": ("aos-cx version", "aoscx firmware"),
        "logs": ("event log", "events"),
        "cpu": ("resource utilization",),
    },
    "hp_procurve": {
        "port_channels": ("trunks", "trunk groups", "trk status"),
        "mlag": ("distributed trunking",),
        "stack": ("stacking", "vsf"),
        "version": ("procurve firmware", "aos-s version"),
        "clock": ("time",),
    },
    "juniper_junos": {
        "mlag": ("mc-ae", "mc-lag interfaces"),
        "fex": ("chassis satellites", "junos fusion satellites"),
        "stack": ("virtual chassis", "vc members"),
        "version": ("junos version", "junos release"),
        "cpu": ("routing engine cpu", "re utilisation"),
        "memory": ("routing engine memory",),
        "interfaces_brief": ("interfaces terse",),
        "acls": ("firewall filters",),
        "logs": ("messages file",),
        "vrfs": ("routing instances",),
    },
}
