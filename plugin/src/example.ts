// Shown by a fresh panel so it is never empty: a small uncompressed draw.io file.
export const EXAMPLE_DIAGRAM = `<mxfile host="faultline">
  <diagram id="example" name="Example">
    <mxGraphModel dx="800" dy="400" grid="1" gridSize="10" page="0">
      <root>
        <mxCell id="0"/>
        <mxCell id="1" parent="0"/>
        <object id="web" label="Web" service="web">
          <mxCell style="rounded=1;whiteSpace=wrap;html=1;fillColor=#dae8fc;strokeColor=#6c8ebf;" vertex="1" parent="1">
            <mxGeometry x="40" y="60" width="120" height="60" as="geometry"/>
          </mxCell>
        </object>
        <object id="api" label="API" service="api">
          <mxCell style="rounded=1;whiteSpace=wrap;html=1;fillColor=#d5e8d4;strokeColor=#82b366;" vertex="1" parent="1">
            <mxGeometry x="240" y="60" width="120" height="60" as="geometry"/>
          </mxCell>
        </object>
        <object id="db" label="Database" service="db">
          <mxCell style="shape=cylinder3;whiteSpace=wrap;html=1;boundedLbl=1;size=12;fillColor=#fff2cc;strokeColor=#d6b656;" vertex="1" parent="1">
            <mxGeometry x="440" y="50" width="100" height="80" as="geometry"/>
          </mxCell>
        </object>
        <mxCell id="e1" value="HTTPS" style="edgeStyle=orthogonalEdgeStyle;rounded=0;html=1;endArrow=block;" edge="1" parent="1" source="web" target="api">
          <mxGeometry relative="1" as="geometry"/>
        </mxCell>
        <mxCell id="e2" value="SQL" style="edgeStyle=orthogonalEdgeStyle;rounded=0;html=1;endArrow=block;" edge="1" parent="1" source="api" target="db">
          <mxGeometry relative="1" as="geometry"/>
        </mxCell>
      </root>
    </mxGraphModel>
  </diagram>
</mxfile>
`;
